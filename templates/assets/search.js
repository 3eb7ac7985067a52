// Dateline search page: Pagefind's JavaScript API behind a plain form.
// Result text is inserted as text (excerpts keep only their <mark>s), and the
// query lives in the address so a search can be bookmarked and shared.
const form = document.querySelector('form.search');
const status = document.querySelector('.search-status');
const list = document.querySelector('.search-results');
const more = document.querySelector('.search-more');
const PAGE = 20;
const FILTERS = ['source', 'year', 'language'];

// Pagefind's scripts and the site root, relative to this page: works under any prefix.
// A large archive has several bundles, each over a run of months, oldest first.
const bundles = form.dataset.pagefind.split(' ').filter(Boolean).map((path) => new URL(path, document.baseURI).href);
// data-site-root names the home page (index.html, so links work from disk); the root is its folder.
const siteRoot = new URL('./', new URL(form.dataset.siteRoot, document.baseURI));

function excerptNodes(excerpt) {
  const doc = new DOMParser().parseFromString(`<p>${excerpt}</p>`, 'text/html');
  const out = [];
  for (const node of doc.body.firstChild.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) out.push(document.createTextNode(node.textContent));
    else if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.push(mark);
    } else out.push(document.createTextNode(node.textContent));
  }
  return out;
}

function resultItem(data) {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.className = 'headline';
  // Pagefind gives site-root paths; resolve them under this site's root.
  a.href = new URL(data.url.replace(/^\//, ''), siteRoot).href.replace(/\/$/, '/index.html');
  a.textContent = data.meta.title ?? data.url;
  const meta = document.createElement('p');
  meta.className = 'meta';
  meta.textContent = [data.meta.source, data.meta.date].filter(Boolean).join(' · ');
  const excerpt = document.createElement('p');
  excerpt.append(...excerptNodes(data.excerpt));
  li.append(a, meta, excerpt);
  return li;
}

/** Counts of each filter value, summed over the bundles. */
function mergeCounts(all) {
  const merged = {};
  for (const filters of all) {
    for (const [name, values] of Object.entries(filters)) {
      merged[name] ??= {};
      for (const [value, count] of Object.entries(values)) merged[name][value] = (merged[name][value] ?? 0) + count;
    }
  }
  return merged;
}

/**
 * One search over every bundle. Each bundle sorts its own results; since the
 * bundles are consecutive runs of months (undated first), putting them end
 * to end keeps a date order. Best match merges by score, as Pagefind's own
 * mergeIndex does.
 */
async function searchAll(indexes, query, options, order) {
  const answers = await Promise.all(indexes.map((pagefind) => pagefind.search(query, options)));
  if (order === 'oldest') return answers.flatMap((a) => a.results);
  if (order === 'newest') return answers.reverse().flatMap((a) => a.results);
  return answers.flatMap((a) => a.results).sort((a, b) => b.score - a.score);
}

async function main() {
  let indexes;
  try {
    // Each bundle's script is its own module, so each keeps its own index.
    indexes = await Promise.all(bundles.map((bundle) => import(bundle)));
  } catch {
    status.textContent = 'The search index could not be loaded. Search works when the site is served over http(s), not opened from disk, and when the build could index it (its summary says if not).';
    return;
  }
  // Result URLs stay site paths ("/2022/03/05/slug/"); resultItem() puts them under the site root.
  await Promise.all(indexes.map((pagefind) => pagefind.options({ baseUrl: '/' })));
  const available = mergeCounts(await Promise.all(indexes.map((pagefind) => pagefind.filters())));
  for (const name of FILTERS) {
    const select = form.elements[name];
    const values = Object.entries(available[name] ?? {}).sort((a, b) => (name === 'year' ? (a[0] < b[0] ? 1 : -1) : a[0].localeCompare(b[0])));
    for (const [value, count] of values) select.add(new Option(`${value} (${count})`, value));
  }
  const params = new URLSearchParams(location.search);
  form.elements.q.value = params.get('q') ?? '';
  for (const name of [...FILTERS, 'sort']) form.elements[name].value = params.get(name) ?? '';

  let results = [];
  let shown = 0;
  let latest = 0;
  const showMore = async () => {
    const slice = await Promise.all(results.slice(shown, shown + PAGE).map((r) => r.data()));
    list.append(...slice.map(resultItem));
    shown += slice.length;
    more.hidden = shown >= results.length;
  };
  const run = async () => {
    const q = form.elements.q.value.trim();
    const filters = {};
    for (const name of FILTERS) if (form.elements[name].value) filters[name] = form.elements[name].value;
    const order = form.elements.sort.value;
    const sort = order === 'newest' ? { date: 'desc' } : order === 'oldest' ? { date: 'asc' } : undefined;
    const next = new URLSearchParams();
    if (q) next.set('q', q);
    for (const [k, v] of Object.entries(filters)) next.set(k, v);
    if (order) next.set('sort', order);
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
    list.replaceChildren();
    shown = 0;
    if (!q && Object.keys(filters).length === 0) {
      results = [];
      more.hidden = true;
      status.textContent = 'Type words to find, or pick a source, year or language.';
      return;
    }
    // A newer search may start while this one runs; only the newest may show its results.
    const ticket = ++latest;
    const found = await searchAll(indexes, q || null, { filters, sort }, order);
    if (ticket !== latest) return;
    results = found;
    status.textContent = `${results.length} ${results.length === 1 ? 'article' : 'articles'} found.`;
    await showMore();
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    run();
  });
  for (const name of [...FILTERS, 'sort']) form.elements[name].addEventListener('change', run);
  more.addEventListener('click', showMore);
  await run();
}

main();
