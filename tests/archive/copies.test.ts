import { describe, expect, it } from 'vitest';
import { findCopies } from '../../src/archive/copies.ts';
import { articleFeatures } from '../../src/archive/text-features.ts';

const WIRE = `Dock workers at the port of Tallmere walked off the job on Tuesday morning after talks over a new shift pattern broke down late on Monday night, the union said.
The stoppage halted loading at all four container berths, and harbour officials said at least eleven ships were waiting at anchor by noon.
Union organiser Brenna Vasko told reporters that members had rejected a proposal to move to twelve-hour shifts without a rise in the night rate.
The port authority said it remained open to talks and called the walkout premature, adding that perishable cargo would be diverted to Olsby.
Shipping agents said the delays could last into next week if no agreement was reached, with grain exports the most exposed.`;

const PARAPHRASE = `Loading stopped at Tallmere's container berths on Tuesday when dockers left their posts in a row over shift lengths.
The union rejected twelve-hour shifts that came without a better night rate, organiser Brenna Vasko said, after overnight talks failed.
Eleven vessels were anchored offshore by midday. The port authority described the strike as premature and said it would divert perishables to Olsby.
Agents warned grain exports could be held up well into next week.`;

const sets = (...texts: string[]) => texts.map((body) => articleFeatures({ source: null, headline: '', body }).shingles);

describe('findCopies', () => {
  it('finds a republished copy with a trimmed ending and small edits', () => {
    const edited = WIRE.replace('walked off the job', 'walked out').replace(/\nShipping agents[^\n]*$/, '') + '\nRead more on our port coverage page.';
    expect(findCopies(sets(WIRE, PARAPHRASE, edited))).toEqual([{ earlier: 0, later: 2, containment: expect.any(Number) }]);
  });

  it('does not take a paraphrase of the same event for a copy', () => {
    expect(findCopies(sets(WIRE, PARAPHRASE))).toEqual([]);
  });

  it('ignores texts too short to tell a copy from a shared quote', () => {
    const quote = '"The wind was kind to us all afternoon," the organiser said.';
    expect(findCopies(sets(quote, quote))).toEqual([]);
  });

  it('links every copy of a text, each to an earlier one', () => {
    const pairs = findCopies(sets(WIRE, WIRE.replace('Tuesday', 'Tuesday,'), WIRE.replace('noon', 'midday')));
    expect(pairs.map((p) => [p.earlier, p.later])).toEqual([[0, 1], [0, 2], [1, 2]]);
    for (const p of pairs) expect(p.containment).toBeGreaterThan(0.8);
  });
});
