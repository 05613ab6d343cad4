// A deployment build (`npm run build -- --env url=https://example.org/addin`): every URL of the
// manifest points at the host that serves dist/web/, and the task pane loads office.js from
// Microsoft's CDN, as add-ins deployed through the store or centralized deployment must
// (https://learn.microsoft.com/en-us/office/dev/add-ins/develop/referencing-the-javascript-api-for-office-library-from-its-cdn).
// Dev builds keep https://localhost:3000/ and the office.js copied from @microsoft/office-js.
// Used by webpack.config.js and test/manifest.spec.ts.

const DEV_BASE = 'https://localhost:3000/';
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const LOCAL_OFFICE_JS = 'office-js/office.js';

/** The deployment base URL, normalized with a trailing slash; https only (Office loads nothing else). */
function deploymentBase(raw) {
  let u;
  try {
    u = new URL(String(raw));
  } catch {
    throw new Error(`--env url=${raw}: not a URL (e.g. --env url=https://example.org/addin)`);
  }
  if (u.protocol !== 'https:') throw new Error(`--env url=${raw}: Office add-ins must be served over https`);
  if (/^(localhost|127\.|\[::1\])/.test(u.hostname)) throw new Error(`--env url=${raw}: a deployment URL cannot be localhost`);
  if (u.search || u.hash) throw new Error(`--env url=${raw}: no query or fragment`);
  return u.href.endsWith('/') ? u.href : `${u.href}/`;
}

/** manifest.xml with every dev URL moved to `base`; fails when a localhost URL would remain. */
function manifestFor(xml, base) {
  const out = xml.split(DEV_BASE).join(base);
  const left = /https?:\/\/localhost[^"<\s]*/.exec(out);
  if (left) throw new Error(`manifest.xml still names ${left[0]} after moving ${DEV_BASE} to ${base}`);
  return out;
}

/** The task pane page with office.js from the CDN instead of the local copy. */
function htmlWithCdnOfficeJs(html) {
  const tag = `src="${LOCAL_OFFICE_JS}"`;
  if (!html.includes(tag)) throw new Error(`taskpane.html has no <script ${tag}> to point at the CDN`);
  return html.split(tag).join(`src="${OFFICE_JS_CDN}"`);
}

module.exports = { DEV_BASE, OFFICE_JS_CDN, LOCAL_OFFICE_JS, deploymentBase, manifestFor, htmlWithCdnOfficeJs };
