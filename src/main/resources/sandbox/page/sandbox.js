// The sandbox page: polls what the chosen person sees and sends what they do to the sandbox,
// which relays it to themebot as Slack would. No bot logic lives here.
"use strict";

(() => {
  const { el } = BlockKit;
  const $ = id => document.getElementById(id);
  const POLL_MS = 1000;
  const page = {
    user: localStorage.getItem("sandbox.user"),
    open: localStorage.getItem("sandbox.open") || "C01EQUALITIES",
    state: null,
    seen: {},          // conversation id → posts seen there
    modalHash: null,   // the modal on screen, so a poll does not wipe what is being typed
    modalId: null,     // …and its id: the bot updating it keeps what was typed
    modalInputs: [],
    rendered: new Map(), // a post as JSON → its node, so a poll leaves unchanged posts (and open menus) alone
  };

  async function call(path, body) {
    const response = await fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(Object.assign({ user: page.user }, body)),
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) notice(answer.title || answer.message || "The sandbox answered HTTP " + response.status);
    return answer;
  }

  function notice(message) {
    $("notice").textContent = message || "";
    $("notice").hidden = !message;
  }

  const UNREACHABLE = "Cannot reach themebot: is it still running?";

  async function poll() {
    try {
      const since = page.state ? "&since=" + page.state.version : "";
      const response = await fetch("/sandbox/state?user=" + encodeURIComponent(page.user) + since);
      const state = await response.json();
      if ($("notice").textContent === UNREACHABLE) notice("");
      if (!state.unchanged) {
        page.state = state;
        render();
      }
    } catch (e) {
      notice(UNREACHABLE);
    } finally {
      setTimeout(poll, POLL_MS);
    }
  }

  /** Fetches the whole state now; an unknown or missing person falls back to the workspace's first. */
  async function refresh() {
    const response = await fetch("/sandbox/state?user=" + encodeURIComponent(page.user || ""));
    page.state = await response.json();
    page.user = page.state.viewer;
    render();
  }

  // ---- rendering

  /** User and channel ids to the names Slack shows for them. */
  function names() {
    const map = {};
    page.state.people.forEach(p => { map[p.id] = p.name; });
    page.state.conversations.filter(c => !c.direct).forEach(c => { map[c.id] = c.name; });
    map[page.state.bot.id] = page.state.bot.name;
    map[page.state.slackbot.id] = page.state.slackbot.name;
    return map;
  }

  function render() {
    const state = page.state;
    $("team").textContent = state.team.name;
    renderSidebar(state);
    const conversation = state.conversations.find(c => c.id === page.open);
    if (page.open === "home" || !conversation) {
      $("title").textContent = "themebot · Home";
      renderHome(state);
    } else {
      $("title").textContent = conversation.direct ? "themebot (direct messages)" : "#" + conversation.name;
      renderPosts(conversation);
      page.seen[conversation.id] = conversation.posts.length;
    }
    const readOnly = page.open === "home" || (conversation && conversation.direct && state.messagesReadOnly);
    $("composer").hidden = $("hints").hidden = readOnly;
    $("read-only").hidden = page.open === "home" || !readOnly;
    renderShortcuts(state, conversation);
    renderModal(state.modal);
  }

  function renderSidebar(state) {
    const picker = $("person");
    if (picker.options.length === 0) {
      state.people.forEach(p => {
        const o = el("option", null, p.name);
        o.value = p.id;
        picker.append(o);
      });
    }
    picker.value = page.user;
    fillList($("channels"), state.conversations.filter(c => !c.direct), c => "# " + c.name);
    fillList($("direct"), state.conversations.filter(c => c.direct), () => "themebot");
    $("home-tab").classList.toggle("open", page.open === "home");
  }

  function fillList(list, conversations, label) {
    list.replaceChildren(...conversations.map(c => {
      const b = el("button", "conversation", label(c));
      b.type = "button";
      b.dataset.id = c.id;
      b.classList.toggle("open", c.id === page.open);
      b.classList.toggle("unread", c.id !== page.open && c.posts.length > (page.seen[c.id] || 0));
      const li = el("li");
      li.append(b);
      return li;
    }));
  }

  function renderPosts(conversation) {
    const box = $("posts");
    const atBottom = box.scrollHeight - box.scrollTop - box.clientHeight < 40;
    const who = names();
    if (conversation.posts.length === 0) {
      const empty = el("div", "empty");
      empty.append(el("p", null, "Nothing here yet."), el("p", null, conversation.direct
        ? "themebot writes to you here: reminders before and after your actions are due, digests if you chair a "
          + "group, and the round-up before a meeting."
        : "New to themebot? Press a suggestion below (or type one), starting with /themegroup setup, "
          + "or load the demo meeting to see a recorded meeting with its actions."));
      box.replaceChildren(empty);
      return;
    }
    const nodes = conversation.posts.map(p => {
      const key = conversation.id + JSON.stringify(p);
      return [key, page.rendered.get(key) || post(p, conversation, who)];
    });
    page.rendered = new Map(nodes);
    box.replaceChildren(...nodes.map(([, node]) => node));
    if (atBottom || conversation.posts.length !== page.seen[conversation.id]) box.scrollTop = box.scrollHeight;
  }

  function post(p, conversation, who) {
    const node = el("article", "post" + (p.onlyYou ? " ephemeral" : "") + (p.typed ? " typed" : ""));
    const head = el("div", "post-head");
    const isBot = p.author === page.state.bot.id;
    head.append(el("span", "author", who[p.author] || p.author));
    if (isBot) head.append(el("span", "badge", "APP"));
    head.append(el("time", null, new Date(parseFloat(p.ts) * 1000).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })));
    if (p.onlyYou) head.append(el("span", "only-you", p.typed ? "Only you see the command" : "Only visible to you"));
    const onMessage = page.state.shortcuts.filter(s => s.type === "message");
    if (onMessage.length && !p.onlyYou) {
      head.append(menu("More actions", "⋯", onMessage, s =>
        call("/sandbox/shortcuts", { callbackId: s.callbackId, channel: conversation.id, ts: p.ts })));
    }
    node.append(head);
    const ctx = { names: who, people: page.state.people, onAction: pressing(() => ({ channel: conversation.id, ts: p.ts })) };
    if (p.blocks && p.blocks.length) node.append(BlockKit.render(p.blocks, ctx));
    else if (p.text) node.append(BlockKit.mrkdwn(p.text, who));
    p.files.forEach(f => node.append(fileCard(f)));
    return node;
  }

  /** What pressing a button (or picking an option) does: where() says on what, at the moment of the press. */
  function pressing(where) {
    return (block, element, picked) => call("/sandbox/actions",
      Object.assign({ blockId: block.block_id, actionId: element.action_id, picked }, where()));
  }

  /** A small menu of shortcuts (a details element, so it needs no state of its own). */
  function menu(label, symbol, shortcuts, run) {
    const details = el("details", "menu");
    const summary = el("summary", null, symbol);
    summary.setAttribute("aria-label", label);
    const list = el("ul");
    shortcuts.forEach(s => {
      const b = el("button", null, s.name);
      b.type = "button";
      b.addEventListener("click", () => {
        details.open = false;
        run(s);
      });
      const li = el("li");
      li.append(b);
      list.append(li);
    });
    details.append(summary, list);
    return details;
  }

  /** The composer's global shortcuts, when the app's manifest declares any. */
  function renderShortcuts(state, conversation) {
    const global = state.shortcuts.filter(s => s.type === "global");
    const holder = $("shortcuts");
    holder.hidden = global.length === 0 || !conversation;
    if (holder.hidden || holder.childElementCount) return;
    holder.append(menu("Shortcuts", "⚡", global, s => call("/sandbox/shortcuts", { callbackId: s.callbackId })));
  }

  /** Slack's command list: while a command is being typed, the app's commands that match, with their usage. */
  function suggest() {
    const text = $("text").value;
    const list = $("suggestions");
    const typing = page.state && /^\/\S*$/.test(text);
    const matches = typing ? page.state.commands.filter(c => c.command.startsWith(text)) : [];
    list.hidden = matches.length === 0;
    list.replaceChildren(...matches.map(c => {
      const b = el("button", "suggestion");
      b.type = "button";
      b.append(el("strong", null, c.command), " ", el("span", "usage", c.usageHint), el("span", "description", c.description));
      b.addEventListener("click", () => {
        $("text").value = c.command + " ";
        list.hidden = true;
        $("text").focus();
      });
      const li = el("li");
      li.append(b);
      return li;
    }));
  }

  /** A shared file as a download link: its type, title, name and size. */
  function fileCard(file) {
    const a = el("a", "file");
    a.href = file.url;
    a.download = file.name;
    a.append(el("span", "file-type", file.name.split(".").pop().toUpperCase()),
      el("span", "file-title", file.title),
      el("span", "file-name", file.name + " · " + Math.max(1, Math.round(file.size / 1024)) + " KB"));
    return a;
  }

  function renderHome(state) {
    const box = $("posts");
    if (!state.home) {
      box.replaceChildren(el("div", "empty", "themebot has not shown a Home tab to you yet."));
      return;
    }
    const ctx = { names: names(), people: state.people, onAction: pressing(() => ({ view: state.home.id })) };
    box.replaceChildren(BlockKit.render(state.home.blocks, ctx));
  }

  function renderModal(modal) {
    $("modal").hidden = !modal;
    if (!modal || modal.hash === page.modalHash) return;
    const updated = modal.id === page.modalId;
    page.modalHash = modal.hash;
    page.modalId = modal.id;
    const ctx = { names: names(), people: page.state.people, kept: updated ? modalValues().values : {},
      onAction: pressing(() => ({ view: modal.id, values: modalValues().values })) };
    $("modal-title").textContent = modal.title ? modal.title.text : "";
    $("modal-blocks").replaceChildren(BlockKit.render(modal.blocks, ctx));
    page.modalInputs = ctx.inputs;
    $("modal-submit").textContent = modal.submit ? modal.submit.text : "";
    $("modal-submit").hidden = !modal.submit;
    $("modal-cancel").textContent = modal.close ? modal.close.text : "Cancel";
    $("modal-error").hidden = true;
    const first = $("modal-blocks").querySelector("input, textarea, select");
    if (first && !updated) first.focus();
  }

  // ---- doing things

  async function send(text) {
    if (!text.trim()) return;
    notice("");
    await call("/sandbox/messages", { channel: page.open, text });
    await refresh();
  }

  /** What the modal's inputs say, as {block_id: {action_id: value}}, and the required ones left empty. */
  function modalValues() {
    const values = {};
    const empty = [];
    for (const input of page.modalInputs) {
      const value = input.read();
      if (!input.block.optional && (Array.isArray(value) ? value.length === 0 : !value)) empty.push(input);
      (values[input.block.block_id] = values[input.block.block_id] || {})[input.block.element.action_id] = value;
    }
    return { values, empty };
  }

  async function submitModal(event) {
    event.preventDefault();
    const { values, empty } = modalValues();
    for (const input of page.modalInputs) {
      input.node.querySelector(".field-error").textContent = empty.includes(input) ? "Please fill this in." : "";
    }
    if (empty.length) return;
    const answer = await call("/sandbox/submissions", { values });
    if (answer.errors) {
      for (const { block, node } of page.modalInputs) {
        node.querySelector(".field-error").textContent = answer.errors[block.block_id] || "";
      }
    } else if (answer.error) {
      $("modal-error").textContent = answer.error;
      $("modal-error").hidden = false;
    } else {
      page.modalHash = null;
      await refresh();
    }
  }

  async function closeModal() {
    page.modalHash = null;
    await call("/sandbox/closed", {});
    await refresh();
  }

  function open(id) {
    page.open = id;
    localStorage.setItem("sandbox.open", id);
    if (id === "home") call("/sandbox/home", {});
    render();
    $("text").focus();
  }

  /** A reminder time two minutes ahead on the group's clock (London unless changed), so a DM comes soon. */
  function nearReminderHint() {
    const soon = new Date(Date.now() + 2 * 60 * 1000);
    const time = new Intl.DateTimeFormat("en-GB", {timeZone: "Europe/London", hour: "2-digit", minute: "2-digit",
      hourCycle: "h23"}).format(soon);
    $("hint-reminders").textContent = "/themegroup reminders 2 at " + time;
  }

  function wire() {
    nearReminderHint();
    setInterval(nearReminderHint, 30 * 1000);
    $("composer").addEventListener("submit", event => {
      event.preventDefault();
      const text = $("text").value;
      $("text").value = "";
      send(text);
    });
    $("text").addEventListener("input", suggest);
    document.querySelectorAll(".hint").forEach(h => h.addEventListener("click", () => {
      $("text").value = h.textContent;
      $("text").focus();
    }));
    document.querySelector(".sidebar nav").addEventListener("click", event => {
      const target = event.target.closest(".conversation");
      if (target) open(target.dataset.id);
    });
    $("person").addEventListener("change", () => {
      page.user = $("person").value;
      localStorage.setItem("sandbox.user", page.user);
      page.seen = {};
      page.modalHash = null;
      refresh();
    });
    $("demo").addEventListener("click", async () => {
      $("demo").disabled = true;
      notice("Loading the demo meeting: Debbie Briggs is typing it into #equalities-theme-group…");
      const answer = await call("/sandbox/demo", {});
      notice(answer.message);
      $("demo").disabled = false;
      open("C01EQUALITIES");
    });
    $("modal-form").addEventListener("submit", submitModal);
    $("modal-close").addEventListener("click", closeModal);
    $("modal-cancel").addEventListener("click", closeModal);
  }

  async function start() {
    wire();
    await refresh();
    setTimeout(poll, POLL_MS);
  }

  start();
})();
