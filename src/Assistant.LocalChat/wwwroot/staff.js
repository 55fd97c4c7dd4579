'use strict';
// Staff view: posts arrive in order; only new ones are added (and announced), nothing is drawn again.
const chatIds = { General: -1000, AntiDiscrimination: -1001, Coordinators: -1002 };
let staffPosts = [], lastPost = 0, topic = null;
async function staffSend(body) {
  body.userId = Number(el('staffUser').value); body.name = el('staffName').value || null; body.topicId = topic;
  try {
    const res = await fetch('/api/staff/' + chatIds[el('chat').value], { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!res.ok) throw new Error(String(res.status));
  } catch { setStatus(words.offline); return false; }
  await refreshStaff();
  return true;
}
function postNode(p) {
  const div = document.createElement('div'); div.className = 'post' + (p.from ? ' staff' : ''); div.dir = p.direction;
  // The bot writes in the staff chats' language (Staff:Language); staff write in theirs.
  if (!p.from) div.lang = staffLang;
  const who = document.createElement('span'); who.className = 'who'; who.textContent = p.from || words.bot; div.appendChild(who);
  div.appendChild(document.createTextNode(p.text));
  if (p.file) {
    const a = document.createElement('a'); a.className = 'download'; a.href = p.file.url; a.download = p.file.name;
    a.textContent = (words.download || '{file}').replace('{file}', p.file.name); div.appendChild(a);
  }
  for (const row of p.buttons) for (const b of row) {
    const btn = document.createElement('button'); btn.type = 'button'; btn.textContent = b.label;
    btn.onclick = () => staffSend({ payload: b.payload }); div.appendChild(btn);
  }
  return div;
}
function topicButton(id, title) {
  const b = document.createElement('button'); b.type = 'button'; b.textContent = title; b.dataset.topic = String(id);
  b.setAttribute('aria-pressed', String(id === topic));
  b.onclick = () => { topic = id; drawTopic(); };
  return b;
}
function inView(p) { return p.chat === el('chat').value && p.topicId === topic; }
function drawTopic() {
  const bar = el('topics');
  bar.querySelectorAll('button').forEach(b => b.remove());
  bar.appendChild(topicButton(null, words.staff_whole_chat));
  const titles = new Map();
  for (const p of staffPosts) if (p.chat === el('chat').value && p.topicId !== null && !titles.has(p.topicId)) titles.set(p.topicId, p.topicTitle || ('#' + p.topicId));
  for (const [id, title] of titles) bar.appendChild(topicButton(id, title));
  el('posts').replaceChildren(...staffPosts.filter(inView).map(postNode));
}
async function refreshStaff() {
  if (!el('staffOn').checked) return;
  let fresh;
  try {
    const res = await fetch('/api/staff/posts?after=' + lastPost);
    if (!res.ok) return;
    fresh = await res.json();
  } catch { return; }
  if (!fresh.length) return;
  const first = lastPost === 0;
  staffPosts.push(...fresh); lastPost = fresh[fresh.length - 1].messageId;
  if (first || fresh.some(p => p.topicTitle)) { drawTopic(); return; }
  for (const p of fresh.filter(inView)) {
    el('posts').appendChild(postNode(p));
    el('staffAnnounce').textContent = (p.from || words.bot) + ': ' + p.text;
  }
  el('posts').scrollTop = el('posts').scrollHeight;
}
el('staffOn').onchange = () => { el('staff').classList.toggle('on', el('staffOn').checked); refreshStaff().then(drawTopic); };
el('chat').onchange = () => { topic = null; drawTopic(); };
el('staffForm').onsubmit = async e => {
  e.preventDefault(); const t = el('staffText').value; if (!t.trim()) return;
  if (await staffSend({ text: t })) el('staffText').value = '';
};

