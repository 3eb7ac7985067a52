/** Full-text search over every article, with filters by source, year and language, sortable by date. */
import { html } from '../src/site/html.ts';
import { layout, pageAt, urlFor } from './layout.ts';
import type { SiteModel } from '../src/archive/types.ts';
import type { SiteData } from '../src/site/data.ts';

export const data = { permalink: 'search/index.html' };

export function render({ dateline, datelineSite }: { dateline: SiteModel; datelineSite: SiteData }): string {
  const page = pageAt(dateline.site, '/search/');
  const u = (p: string) => urlFor(page, p);
  const body = html`<h1>Search</h1>
<form class="search" role="search" data-pagefind="${datelineSite.searchShards.map((shard) => u(`/${shard.dir}/pagefind.js`)).join(' ')}" data-site-root="${u('/')}">
<p class="search-row"><label for="q">Words to find</label> <input id="q" name="q" type="search" autocomplete="off" placeholder="e.g. barge detained"></p>
<p class="search-filters">
<label>Source <select name="source"><option value="">All sources</option></select></label>
<label>Year <select name="year"><option value="">All years</option></select></label>
<label>Language <select name="language"><option value="">All languages</option></select></label>
<label>Order <select name="sort"><option value="">Best match</option><option value="newest">Newest first</option><option value="oldest">Oldest first</option></select></label>
<button type="submit">Search</button>
</p>
</form>
<p class="search-status" role="status" aria-live="polite">
<noscript>Search needs JavaScript. Without it, browse the <a href="${u('/')}">timeline</a> or the <a href="${u('/sources/')}">sources</a>.</noscript>
</p>
<ol class="search-results"></ol>
<p><button class="search-more" type="button" hidden>More results</button></p>
<script type="module" src="${u('/assets/search.js')}"></script>`;
  return layout({ page, title: 'Search', body });
}
