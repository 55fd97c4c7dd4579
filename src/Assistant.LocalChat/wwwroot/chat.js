// The participant's side of the local chat: texts, bubbles, sending, polling.
'use strict';
const el = id => document.getElementById(id);
const store = window.localStorage;
let words = {}, pageLang = 'de', staffLang = 'de', lastSeq = 0, offline = false;
const seen = new Set();

// Each browser is its own test user, kept across visits; "new test user" starts another.
function userId() {
  let id = store.getItem('assistant.user');
  if (!id) { id = String(100000 + Math.floor(Math.random() * 900000000)); store.setItem('assistant.user', id); }
  return id;
}

async function loadTexts(lang) {
  const res = await fetch('/api/page/' + encodeURIComponent(lang));
  const page = await res.json();
  words = page.texts; pageLang = page.language; staffLang = page.staffLanguage;
  document.documentElement.lang = page.language;
  document.documentElement.dir = page.direction;
  document.title = words.title;
  for (const node of document.querySelectorAll('[data-t]')) node.textContent = words[node.dataset.t] ?? node.textContent;
  const select = el('lang');
  if (!select.options.length) {
    for (const l of page.languages) {
      const o = document.createElement('option'); o.value = l.code; o.textContent = l.name; o.lang = l.code; o.dir = l.direction; select.appendChild(o);
    }
  }
  select.value = page.language;
  if (!el('staffUser').value) el('staffUser').value = page.staffUserId;
  if (!el('staffName').value) el('staffName').value = page.staffName;
}

function setStatus(text) { el('status').textContent = text || ''; }

function bubble(m) {
  if (seen.has(m.sequence)) return;
  seen.add(m.sequence); lastSeq = Math.max(lastSeq, m.sequence);
  el('intro').hidden = true;
  const div = document.createElement('div');
  div.className = 'msg ' + (m.from === 'me' ? 'me' : 'bot');
  div.lang = m.from === 'me' ? pageLang : (m.language || pageLang);
  div.dir = m.direction;
  const who = document.createElement('span'); who.className = 'who'; who.textContent = m.from === 'me' ? words.you : words.bot;
  div.appendChild(who);
  div.appendChild(document.createTextNode(m.text));
  if (m.file) {
    const a = document.createElement('a'); a.className = 'download'; a.href = m.file.url; a.download = m.file.name;
    a.textContent = (words.download || '{file}').replace('{file}', m.file.name);
    div.appendChild(a);
  }
  if (m.buttons.length || m.requestsContact) {
    const box = document.createElement('div'); box.className = 'buttons';
    box.style.gridTemplateColumns = `repeat(${Math.max(1, ...m.buttons.map(r => r.length))}, 1fr)`;
    for (const row of m.buttons) for (const b of row) {
      const btn = document.createElement('button'); btn.type = 'button'; btn.textContent = b.label;
      btn.onclick = () => press(box, { payload: b.payload, label: b.label });
      box.appendChild(btn);
    }
    if (m.requestsContact) {
      const share = document.createElement('button'); share.type = 'button'; share.textContent = words.share_contact;
      share.onclick = () => press(box, { contact: { phoneNumber: el('phone').value || '+49 171 2345678' } });
      box.appendChild(share);
    }
    div.appendChild(box);
  }
  // Follows the conversation while the newest message is in view; someone reading further up is not
  // pulled down, and gets the "newest messages" button instead.
  const following = lastInView();
  el('log').appendChild(div);
  if (following) toEnd(); else el('newest').classList.add('on');
}

function lastInView() {
  const last = el('log').lastElementChild;
  return !last || last.getBoundingClientRect().top < window.innerHeight;
}
function toEnd() { window.scrollTo(0, document.documentElement.scrollHeight); el('newest').classList.remove('on'); }

async function post(body) {
  body.language = el('lang').value; body.name = el('name').value || null;
  let res;
  try {
    res = await fetch('/api/chat/' + userId(), { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch { res = null; }
  if (!res || !res.ok) { offline = true; setStatus(words.offline); return null; }
  offline = false; setStatus('');
  const answer = await res.json();
  if (answer.sent) bubble(answer.sent);
  answer.messages.forEach(bubble);
  return answer;
}

async function press(box, body) {
  const buttons = box.querySelectorAll('button');
  buttons.forEach(b => b.disabled = true);
  const answer = await post(body);
  if (!answer) { buttons.forEach(b => b.disabled = false); return; }
  if (answer.notTaken) { setStatus(words.not_taken); buttons.forEach(b => b.disabled = false); }
}

async function poll() {
  try {
    const res = await fetch(`/api/chat/${userId()}/messages?after=${lastSeq}`);
    if (!res.ok) throw new Error(String(res.status));
    (await res.json()).messages.forEach(bubble);
    if (offline) { offline = false; setStatus(''); }
  } catch {
    offline = true; setStatus(words.offline);
  }
}

el('chatForm').onsubmit = async e => {
  e.preventDefault();
  const text = el('text').value;
  if (!text.trim()) return;
  // Cleared only once the bot has it: a message that could not be sent stays in the field.
  if (await post({ text })) el('text').value = '';
};
el('start').onclick = () => post({ text: '/start' });
el('lang').onchange = () => { store.setItem('assistant.lang', el('lang').value); loadTexts(el('lang').value); };
el('newUser').onclick = () => {
  store.removeItem('assistant.user');
  el('log').replaceChildren(); seen.clear(); lastSeq = 0; el('intro').hidden = false; el('user').value = userId();
};
el('newest').onclick = () => {
  toEnd();
  const last = el('log').lastElementChild;
  const next = last && last.querySelector('button:not(:disabled)');
  (next || el('text')).focus({ preventScroll: true });
};
window.addEventListener('scroll', () => { if (lastInView()) el('newest').classList.remove('on'); });

// Name and phone stay with the browser, like the test user.
for (const id of ['name', 'phone']) {
  el(id).value = store.getItem('assistant.' + id) || '';
  el(id).onchange = () => store.setItem('assistant.' + id, el(id).value);
}

// Once both scripts ran (this one and staff.js).
window.addEventListener('DOMContentLoaded', async () => {
  const wanted = store.getItem('assistant.lang') || (navigator.language || 'de').slice(0, 2);
  el('user').value = userId();
  await loadTexts(wanted);
  await poll();
  setInterval(poll, 1500);
  setInterval(refreshStaff, 2000);
});
