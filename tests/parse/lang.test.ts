/**
 * The article's language comes from its running text: a table of names and
 * figures at the top of the body (standings, results) says nothing about it.
 */
import { describe, expect, it } from 'vitest';
import { findLang } from '../../src/parse/fields/lang.ts';

const TEAMS = ['Arvel Motorsport', 'Lenn Racing', 'Essel Team', 'Varn Speed', 'Harrow Racing', 'Dunmere Motors', 'Gull Island Racing', 'Port Alden Speed', 'Marrow Point Team', 'Kestra Motors', 'Tern Racing', 'Vellmar Team', 'Lisk Motorsport', 'Norrvik Team', 'Lunmouth Racing', 'Caldris Motors', 'Harrowfield Speed', 'Orsk Racing', 'Brenmoor Team', 'Dunmere Speed'];
const TABLE = [...TEAMS, ...TEAMS].map((team, k) => `${k + 1} ${team} ${1204 - k * 23} ${Math.max(0, 5 - k)} ${k % 4} ${17 - (k >> 1)}`).join('\n');
const PROSE =
  'Tamsin Vell segue na liderança do campeonato depois da etapa de Harrowfield, com seis pontos de vantagem sobre Orrin Maslow. ' +
  'A próxima corrida será disputada no circuito do vale do Lenn, onde a equipe Arvel venceu no ano passado, e a previsão é de chuva durante todo o fim de semana.';

describe('findLang', () => {
  it('reads the language from the running text, not from a table above it', () => {
    expect(TABLE.length).toBeGreaterThan(1000);
    expect(findLang(`${TABLE}\n${PROSE}`)?.value).toBe('pt');
  });

  it('finds no language in a body that is only a table', () => {
    expect(findLang(TABLE)).toBeNull();
  });

  it('reads Indonesian as Indonesian, where the detector alone says Malay', () => {
    const indonesian =
      'Pemerintah kota mengumumkan bahwa jembatan baru di pelabuhan akan dibuka pada bulan depan. ' +
      'Wali kota mengatakan proyek itu selesai lebih cepat dari jadwal karena cuaca yang baik selama musim kemarau, dan warga tidak perlu lagi menunggu kapal feri.';
    expect(findLang(indonesian)?.value).toBe('id');
  });

  it('tells Ukrainian from Russian', () => {
    expect(findLang('Міська рада ухвалила рішення відремонтувати міст через річку до кінця літа. Мер заявив, що роботи почнуться наступного тижня, а рух транспорту буде обмежено лише вночі.')?.value).toBe('uk');
    expect(findLang('Городской совет принял решение отремонтировать мост через реку до конца лета. Мэр заявил, что работы начнутся на следующей неделе, а движение транспорта будет ограничено только ночью.')?.value).toBe('ru');
  });
});
