import { loadArticles } from '/work/main/src/archive/load.ts';
import { buildModel } from '/work/main/src/archive/model.ts';
let t = performance.now();
const { outcomes } = loadArticles({ articlesDir: '/dev/shm/b10k/articles', maxBytes: 5e6 });
console.log('load', ((performance.now() - t) / 1000).toFixed(2)); t = performance.now();
const m = buildModel(outcomes, { title: 'x', basePath: '/' });
console.log('model', ((performance.now() - t) / 1000).toFixed(2), m.stories.length);
