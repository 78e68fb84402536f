// The booth screen: follows the booth through server-sent events (/events); no reloads.
// Everything from the server is put in with textContent, never as HTML.
"use strict";

const LABELS = { starting: "Starting", waiting: "Ready", listening: "Listening", heard: "Heard you",
                 answering: "Answering", stopped: "Stopped", offline: "Reconnecting" };
const $ = (id) => document.getElementById(id);

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function showStatus(s) {
  const status = $("status");
  status.className = "state-" + s.state;
  status.dataset.state = s.state;
  status.textContent = LABELS[s.state] || s.state;
  const heard = $("heard");
  const live = s.state === "listening" && s.partial;
  heard.textContent = live ? s.partial : s.heard;
  heard.classList.toggle("partial", Boolean(live));
  $("answer").textContent = s.answer;
  fitAnswer();
  $("note").textContent = s.note || "";
  const body = $("items").tBodies[0];
  body.replaceChildren(...s.items.map((item) => {
    const row = el("tr");
    row.append(el("td", "time", item.time), el("td", "room", item.room), el("td", "title", item.title));
    return row;
  }));
  fitList();
}

// The whole spoken answer stays on screen: a long one is set smaller (not below 30px) to keep
// to four lines, and the list below gives way.
function fitAnswer() {
  const answer = $("answer");
  answer.style.fontSize = "";
  let size = 38;
  while (answer.offsetHeight > 4 * 1.25 * size + 2 && size > 30) {
    size -= 2;
    answer.style.fontSize = size + "px";
  }
}

// The full list must be readable in its box: shrink the text step by step (not below 24px);
// a list still longer than the box scrolls slowly up and back, so every item is seen.
function fitList() {
  const box = $("list-box"), table = $("items");
  table.style.fontSize = "";
  table.classList.remove("scrolling");
  let size = 30;
  while (table.offsetHeight > box.clientHeight && size > 24) {
    size -= 2;
    table.style.fontSize = size + "px";
  }
  const overflow = table.offsetHeight - box.clientHeight;
  if (overflow > 0) {
    table.style.setProperty("--scroll-by", -overflow + "px");
    table.style.setProperty("--scroll-seconds", Math.max(8, overflow / 25) + "s");
    table.classList.add("scrolling");
  }
}

function showBoard(b) {
  $("board-day").textContent = "\u00b7 " + b.day;
  const head = $("grid").tHead, body = $("grid").tBodies[0];
  head.replaceChildren();
  body.replaceChildren();
  if (!b.hours.length) {
    const row = el("tr");
    const cell = el("td", "empty", "No more open spaces today.");
    row.append(cell);
    body.append(row);
  } else {
    const top = el("tr");
    top.append(el("th", "room-head", "Room"));
    b.hours.forEach((h) => top.append(el("th", "hour", String(h).padStart(2, "0") + ":00")));
    head.append(top);
    b.rooms.forEach((room) => {
      const row = el("tr");
      row.dataset.room = room;
      row.append(el("td", "room", room));
      b.hours.forEach((h) => {
        const cell = el("td");
        ((b.cells[room] || {})[String(h)] || []).forEach((card) => {
          const div = el("div", "os" + (card.running ? " running" : ""));
          div.dataset.id = card.id;
          if (!card.time.endsWith(":00")) div.append(el("span", "at", card.time));
          div.append(document.createTextNode(card.title));
          cell.append(div);
        });
        row.append(cell);
      });
      body.append(row);
    });
  }
  fitBoard();
  $("board-later").textContent = b.later ? `and ${b.later} more open spaces later today` : "";
  $("problems").replaceChildren(...b.problems.map((p) => el("p", "problem", "Board problem: " + p)));
}

// The board shrinks to fit (not below 22px): a crowded hour must not push rooms off the screen.
function fitBoard() {
  const box = $("grid-box"), grid = $("grid");
  grid.style.fontSize = "";
  let size = 24;
  while (grid.offsetHeight > box.clientHeight && size > 22) {
    size -= 1;
    grid.style.fontSize = size + "px";
  }
}

function showExamples(x) {
  $("examples").replaceChildren(...x.examples.map((q) => el("li", "", q)));
  $("hint").textContent = x.hint;
  $("conference").textContent = x.title;
}

function connect() {
  const source = new EventSource("/events");
  const on = (topic, show) => source.addEventListener(topic, (e) => show(JSON.parse(e.data)));
  on("status", showStatus);
  on("board", showBoard);
  on("examples", showExamples);
  source.onopen = () => { document.body.dataset.connected = "yes"; };
  source.onerror = () => {
    document.body.dataset.connected = "no";
    const status = $("status");
    status.className = "state-offline";
    status.textContent = LABELS.offline;
  };  // EventSource reconnects by itself; the hub then sends the whole screen again
}

// The boxes change size when another panel does (a longer answer, more examples): fit again.
new ResizeObserver(() => fitList()).observe(document.getElementById("list-box"));
new ResizeObserver(() => fitBoard()).observe(document.getElementById("grid-box"));
window.addEventListener("resize", fitAnswer);
connect();
