// The host side of Waymark's message protocol (README: "Embed Waymark"):
//   Waymark → host: ready, plan, planLoaded, planChanged, exportRequested, error
//   host → Waymark: getPlan, loadPlan   (each may carry a requestId, echoed in the answer)
// The host checks the origin of every message against Waymark's, and posts only to it.

const params = new URLSearchParams(location.search);
const waymarkUrl = new URL(params.get('waymark') || 'https://waymark.example/', location.href);
waymarkUrl.searchParams.set('embed', '1');
const WAYMARK_ORIGIN = waymarkUrl.origin;

const frame = document.getElementById('waymark');
const status = document.getElementById('status');
const log = document.getElementById('log');
const keep = document.getElementById('keep');
const restore = document.getElementById('restore');
const STORE_KEY = 'northwind:waymark-copy';

frame.src = waymarkUrl.href;

let nextId = 1;
const pending = new Map();

/** Sends a request to Waymark and resolves with its answer. */
function ask(type, fields = {}) {
  const requestId = `r${nextId++}`;
  return new Promise((resolve, reject) => {
    pending.set(requestId, { resolve, reject });
    frame.contentWindow.postMessage({ type, requestId, ...fields }, WAYMARK_ORIGIN);
    setTimeout(() => {
      if (pending.delete(requestId)) reject(new Error('Waymark did not answer'));
    }, 5000);
  });
}

function note(text) {
  const li = document.createElement('li');
  li.textContent = `${new Date().toLocaleTimeString()} ${text}`; // text, never markup
  log.prepend(li);
  while (log.children.length > 8) log.lastChild.remove();
}

function showCopy() {
  const copy = localStorage.getItem(STORE_KEY);
  restore.disabled = !copy;
  return copy;
}

window.addEventListener('message', (event) => {
  if (event.origin !== WAYMARK_ORIGIN || event.source !== frame.contentWindow) return;
  const msg = event.data;
  if (!msg || msg.source !== 'waymark') return;
  const waiting = msg.requestId && pending.get(msg.requestId);
  if (waiting) {
    pending.delete(msg.requestId);
    if (msg.type === 'error') waiting.reject(new Error(msg.message));
    else waiting.resolve(msg);
  }
  switch (msg.type) {
    case 'ready':
      status.textContent = 'Waymark is ready.';
      keep.disabled = false;
      showCopy();
      note('ready');
      break;
    case 'planChanged':
      note(`saved “${msg.name}”`);
      break;
    case 'exportRequested':
      localStorage.setItem(STORE_KEY, JSON.stringify(msg.plan));
      showCopy();
      note('downloaded the plan; this page kept a copy too');
      break;
    default:
      note(msg.type);
  }
});

keep.addEventListener('click', async () => {
  try {
    const answer = await ask('getPlan');
    if (!answer.plan) { status.textContent = 'No plan is open in Waymark.'; return; }
    localStorage.setItem(STORE_KEY, JSON.stringify(answer.plan));
    showCopy();
    status.textContent = `Kept a copy of “${answer.plan.plan.meta.name}”.`;
  } catch (e) {
    status.textContent = `Could not get the plan: ${e.message}`;
  }
});

restore.addEventListener('click', async () => {
  const copy = showCopy();
  if (!copy) return;
  try {
    await ask('loadPlan', { plan: copy });
    status.textContent = 'The copy is open in Waymark as a new plan.';
  } catch (e) {
    status.textContent = `Could not load the copy: ${e.message}`;
  }
});
