// The sandbox page: polls what the chosen person sees and sends what they do to the sandbox,
// which relays it to themebot as Slack would. No bot logic lives here.
"use strict";

(() => {
  const { el } = BlockKit;
  const $ = id => document.getElementById(id);
  const POLL_MS = 1000;
  const THEME_GROUP = "C01EQUALITIES";
  const narrow = window.matchMedia("(max-width: 760px)");
  const page = {
    user: localStorage.getItem("sandbox.user"),
    open: localStorage.getItem("sandbox.open") || THEME_GROUP,
    state: null,
    seen: {},          // conversation id → posts seen there
    announced: {},     // conversation id → posts read out by the live region
    modalHash: null,   // the modal on screen, so a poll does not wipe what is being typed
    modalId: null,     // …and its id: the bot updating it keeps what was typed
    modalInputs: [],
    opener: null,      // what had the focus when the modal opened, to give it back
    homeHash: undefined, // the Home view last drawn: a new one after a press is read out
    rendered: new Map(), // a post as JSON → its node, so a poll leaves unchanged posts (and open menus) alone
    suggestion: -1,    // the command suggestion chosen with the arrow keys
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
      if (!state.unchanged && state.viewer === page.user) { // not what someone typing before a switch saw
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
    const asked = page.user;
    const response = await fetch("/sandbox/state?user=" + encodeURIComponent(asked || ""));
    const state = await response.json();
    if (asked !== page.user) return; // the person was switched meanwhile: their own refresh follows
    page.state = state;
    page.user = state.viewer;
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

  /** What blocks need to draw themselves for this person. */
  function blockContext(onAction, extra) {
    return Object.assign({ names: names(), people: page.state.people, locale: page.state.team.locale, onAction }, extra);
  }

  function render() {
    const state = page.state;
    $("team").textContent = state.team.name;
    renderSidebar(state);
    const conversation = state.conversations.find(c => c.id === page.open);
    const noComposer = page.open === "home" || page.open === "mail"; // views with nothing to type into
    if (page.open === "mail") {
      $("title").textContent = "Mail themebot sent";
      renderMail(state);
    } else if (page.open === "home" || !conversation) {
      $("title").textContent = "themebot · Home";
      renderHome(state);
    } else {
      $("title").textContent = conversation.direct ? "themebot (direct messages)" : "#" + conversation.name;
      renderPosts(conversation);
      announce(conversation);
      page.seen[conversation.id] = conversation.posts.length;
    }
    const typer = state.people.find(p => p.id === page.user);
    $("text").placeholder = "Message " + (conversation && !conversation.direct ? "#" + conversation.name : "themebot")
      + " as " + typer.name + " (type / for commands)";
    const readOnly = noComposer || (conversation && conversation.direct && state.messagesReadOnly);
    $("composer").hidden = $("hints").hidden = readOnly;
    $("attached").hidden = readOnly || !attachedFile();
    $("read-only").hidden = noComposer || !readOnly;
    renderHints(conversation);
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
    markOpen($("home-tab"), page.open === "home");
    markOpen($("mail-tab"), page.open === "mail");
    const unread = page.open !== "mail" && state.mail.length > (page.seen.mail || 0);
    $("mail-tab").classList.toggle("unread", unread);
    if (unread) $("mail-tab").setAttribute("aria-label", "Mail themebot sent, new mail");
    else $("mail-tab").removeAttribute("aria-label");
  }

  function markOpen(button, open) {
    button.classList.toggle("open", open);
    if (open) button.setAttribute("aria-current", "page");
    else button.removeAttribute("aria-current");
  }

  function fillList(list, conversations, label) {
    list.replaceChildren(...conversations.map(c => {
      const b = el("button", "conversation", label(c));
      b.type = "button";
      b.dataset.id = c.id;
      markOpen(b, c.id === page.open);
      const unread = c.id !== page.open && c.posts.length > (page.seen[c.id] || 0);
      b.classList.toggle("unread", unread);
      if (unread) b.setAttribute("aria-label", label(c) + ", new messages");
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
        : "New to themebot? Press Load the demo to see a theme group with its meetings and actions, or press a "
          + "suggestion below (or type one), starting with /themegroup setup."));
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

  /** Reads out, once, what others posted in the open conversation since it was last shown. */
  function announce(conversation) {
    const from = page.announced[conversation.id];
    page.announced[conversation.id] = conversation.posts.length;
    if (from === undefined) return; // what was there when the conversation opened is on screen, not news
    const who = names();
    conversation.posts.slice(from).filter(p => p.author !== page.user).forEach(p => {
      const words = page.rendered.get(conversation.id + JSON.stringify(p));
      const shown = words && words.querySelector(".blocks, .mrkdwn");
      say((who[p.author] || p.author) + ": " + (shown ? shown.innerText : p.text));
    });
  }

  /** Tells screen readers, through the live region, what changed without their asking. */
  function say(words) {
    $("announcer").append(el("p", null, words));
    while ($("announcer").childElementCount > 20) $("announcer").firstChild.remove();
  }

  function post(p, conversation, who) {
    const node = el("article", "post" + (p.onlyYou ? " ephemeral" : "") + (p.typed ? " typed" : ""));
    const head = el("div", "post-head");
    const isBot = p.author === page.state.bot.id;
    head.append(el("span", "author", who[p.author] || p.author));
    if (isBot) head.append(el("span", "badge", "APP"));
    const at = new Date(parseFloat(p.ts) * 1000);
    const time = el("time", null, Fields.clock(at, page.state.team.locale));
    time.dateTime = at.toISOString();
    head.append(time);
    if (p.onlyYou) head.append(el("span", "only-you", p.typed ? "Only you see the command" : "Only visible to you"));
    const onMessage = page.state.shortcuts.filter(s => s.type === "message");
    if (onMessage.length && !p.onlyYou) {
      head.append(menu("More actions", "⋯", onMessage, s =>
        call("/sandbox/shortcuts", { callbackId: s.callbackId, channel: conversation.id, ts: p.ts })));
    }
    node.append(head);
    const ctx = blockContext(pressing(() => ({ channel: conversation.id, ts: p.ts })));
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

  /** The first hint sets a group up only where there is none: a hint never overwrites what exists. */
  function renderHints(conversation) {
    $("hint-group").textContent = conversation && conversation.themeGroup ? "/themegroup show"
      : "/themegroup setup name Equalities Theme Group chair @Sue Bent secretary @Debbie Briggs";
  }

  // ---- the command list: a combobox whose options are the app's commands

  function suggestions() {
    const text = $("text").value;
    const typing = page.state && /^\/\S*$/.test(text);
    return typing ? page.state.commands.filter(c => c.command.startsWith(text)) : [];
  }

  function suggest() {
    const list = $("suggestions");
    const matches = suggestions();
    page.suggestion = Math.min(page.suggestion, matches.length - 1);
    list.hidden = matches.length === 0;
    $("text").setAttribute("aria-expanded", String(!list.hidden));
    list.replaceChildren(...matches.map((c, i) => {
      const option = el("li", "suggestion");
      option.id = "suggestion-" + i;
      option.setAttribute("role", "option");
      option.setAttribute("aria-selected", String(i === page.suggestion));
      option.append(el("strong", null, c.command), " ", el("span", "usage", c.usageHint), el("span", "description", c.description));
      option.addEventListener("mousedown", event => event.preventDefault()); // the message box keeps the focus
      option.addEventListener("click", () => pick(c));
      return option;
    }));
    if (page.suggestion >= 0) $("text").setAttribute("aria-activedescendant", "suggestion-" + page.suggestion);
    else $("text").removeAttribute("aria-activedescendant");
  }

  function pick(command) {
    $("text").value = command.command + " ";
    page.suggestion = -1;
    suggest();
    $("text").focus();
  }

  function suggestionKeys(event) {
    const matches = suggestions();
    if (!matches.length) return;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      page.suggestion = (page.suggestion + step + matches.length) % matches.length;
      suggest();
    } else if (event.key === "Enter" && page.suggestion >= 0) {
      event.preventDefault();
      pick(matches[page.suggestion]);
    } else if (event.key === "Escape") {
      $("suggestions").hidden = true;
      $("text").setAttribute("aria-expanded", "false");
    }
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

  // ---- the Mail view: what themebot e-mailed people outside Slack, caught by the sandbox

  function renderMail(state) {
    const box = $("posts");
    const from = page.announced.mail;
    page.announced.mail = page.seen.mail = state.mail.length;
    if (state.mail.length === 0) {
      const empty = el("div", "empty");
      empty.append(el("p", null, "themebot has e-mailed nobody yet."), el("p", null, "It e-mails the group's "
        + "contacts, people outside Slack: add one with /themegroup contact Cllr Kevin Foster kevin@example.org, give "
        + "them an action due today (/action add … | Cllr Kevin Foster | today), and their reminder comes here at "
        + "the reminder time. /meeting circulate sends a meeting's action notes to its contacts."));
      box.replaceChildren(empty);
      return;
    }
    const cards = state.mail.map(m => page.rendered.get("mail" + m.id) || mailCard(m));
    state.mail.forEach((m, i) => page.rendered.set("mail" + m.id, cards[i]));
    box.replaceChildren(...cards);
    if (from !== undefined) state.mail.slice(0, state.mail.length - from).forEach(m => say("Mail to " + m.to + ": " + m.subject));
  }

  /** One mail: to whom and when, its subject, its plain text with working links, and its files. */
  function mailCard(m) {
    const node = el("article", "post mail");
    const head = el("div", "post-head");
    const at = new Date(m.at);
    const time = el("time", null, Fields.clock(at, page.state.team.locale));
    time.dateTime = at.toISOString();
    head.append(el("span", "author", "To " + m.to), time);
    const body = el("div", "mrkdwn");
    m.text.split("\n").forEach((line, i) => {
      if (i > 0) body.append("\n");
      // "Mark done: https://…" reads as a link named Mark done, as the mail's HTML shows it.
      const labelled = /^([^:]{1,40}): (https?:\/\/\S+)$/.exec(line);
      if (labelled) {
        body.append(mailLink(labelled[1], labelled[2]));
        return;
      }
      line.split(/(https?:\/\/[^\s<>"]+)/).forEach((part, j) => body.append(j % 2 ? mailLink(part, part) : part));
    });
    node.append(head, el("h2", "mail-subject", m.subject), body);
    m.files.forEach(f => node.append(fileCard(f)));
    return node;
  }

  /** A link in a mail: its page opens in a new tab, so the sandbox stays where it was. */
  function mailLink(text, url) {
    const link = el("a", null, text);
    link.href = url;
    link.target = "_blank";
    link.rel = "noopener";
    link.append(el("span", "visually-hidden", " (opens in a new tab)"));
    return link;
  }

  function renderHome(state) {
    const box = $("posts");
    if (!state.home) {
      box.replaceChildren(el("div", "empty", "themebot has not shown a Home tab to you yet."));
      return;
    }
    const focused = focusPlace(document.activeElement, box);
    const redrawn = page.homeHash !== undefined && page.homeHash !== state.home.hash;
    page.homeHash = state.home.hash;
    box.replaceChildren(BlockKit.render(state.home.blocks, blockContext(pressing(() => ({ view: state.home.id })))));
    if (redrawn) say("themebot · Home: " + box.querySelector(".blocks > *").innerText);
    // The bot redraws Home after a press: the focus goes back to the same control, or to Home itself.
    if (focused) (focusAgain(box, focused) || box).focus();
  }

  /** Where the focus is inside a container of blocks: its block and its control's text, to find it after a redraw. */
  function focusPlace(focused, container) {
    if (!container.contains(focused) || focused === container) return null;
    const block = focused.closest("[data-block-id]");
    return { blockId: block ? block.dataset.blockId : null, tag: focused.tagName, text: focused.textContent };
  }

  /** The control at the same place after a redraw: the same kind and text in the same block, else the block's first. */
  function focusAgain(container, was) {
    const block = was.blockId && container.querySelector("[data-block-id='" + CSS.escape(was.blockId) + "']");
    if (!block) return null;
    const controls = [...block.querySelectorAll("button, input, textarea, select, summary")];
    return controls.find(c => c.tagName === was.tag && c.textContent === was.text) || controls[0] || null;
  }

  // ---- the modal: a native dialog, so focus stays inside it while it is open

  function renderModal(modal) {
    const dialog = $("modal");
    if (!modal) {
      if (dialog.open) {
        dialog.close();
        giveFocusBack();
      }
      page.modalHash = null;
      return;
    }
    if (modal.hash === page.modalHash) return;
    const updated = modal.id === page.modalId && dialog.open;
    page.modalHash = modal.hash;
    page.modalId = modal.id;
    const ctx = blockContext(pressing(() => ({ view: modal.id, values: modalValues().values })),
      { kept: updated ? modalValues().values : {} });
    $("modal-title").textContent = modal.title ? modal.title.text : "";
    const focused = updated ? focusPlace(document.activeElement, $("modal-blocks")) : null;
    $("modal-blocks").replaceChildren(BlockKit.render(modal.blocks, ctx));
    page.modalInputs = ctx.inputs;
    $("modal-submit").textContent = modal.submit ? modal.submit.text : "";
    $("modal-submit").hidden = !modal.submit;
    $("modal-cancel").textContent = modal.close ? modal.close.text : "Cancel";
    $("modal-error").hidden = true;
    if (!dialog.open) {
      page.opener = document.activeElement !== document.body ? document.activeElement : null;
      dialog.showModal();
    }
    if (updated) {
      if (focused) (focusAgain($("modal-blocks"), focused) || $("modal-close")).focus();
      return;
    }
    ($("modal-blocks").querySelector("input, textarea, select") || $("modal-close")).focus();
  }

  /** Back to what opened the modal, or to the message box (or Home) when that is gone. */
  function giveFocusBack() {
    const target = page.opener && page.opener.isConnected ? page.opener
      : page.open === "home" ? $("posts") : $("text");
    page.opener = null;
    if (!target.hidden) target.focus();
  }

  // ---- doing things

  async function send(text) {
    if (attachedFile()) return share(text);
    if (!text.trim()) return;
    notice("");
    await call("/sandbox/messages", { channel: page.open, text });
    await refresh();
  }

  // ---- a file shared with a message, as Slack's upload does (the bot can then fetch it)

  function attachedFile() {
    return $("attach-file").files[0];
  }

  /** The chosen file, shown (and read out) under the message box with a way to remove it. */
  function showAttached() {
    const file = attachedFile();
    $("attached").hidden = !file;
    $("attached-name").textContent = file
      ? "Attached: " + file.name + " (" + Math.max(1, Math.round(file.size / 1024)) + " KB). Send shares it." : "";
  }

  async function share(text) {
    notice("");
    const form = new FormData();
    form.append("channel", page.open);
    form.append("text", text);
    form.append("file", attachedFile());
    if (!await upload("/sandbox/files", form)) return;
    $("attach-file").value = "";
    showAttached();
    await refresh();
  }

  /** Posts a file (multipart) as the typer; the sandbox's answer, or null once the problem is shown. */
  async function upload(path, form) {
    form.append("user", page.user);
    const response = await fetch(path, { method: "POST", body: form });
    const answer = await response.json().catch(() => ({}));
    if (response.ok) return answer;
    notice(answer.title || "The sandbox answered HTTP " + response.status);
    return null;
  }

  /** Files picked in a form go up first, as Slack uploads them; the submission then names them by id. */
  async function uploadPicked(values) {
    for (const actions of Object.values(values)) {
      for (const [actionId, value] of Object.entries(actions)) {
        if (!Array.isArray(value) || !value.some(v => v instanceof File)) continue;
        const ids = [];
        for (const file of value) {
          const form = new FormData();
          form.append("file", file);
          const answer = await upload("/sandbox/picked-files", form);
          if (!answer) return false;
          ids.push(answer.id);
        }
        actions[actionId] = ids;
      }
    }
    return true;
  }

  /** What the modal's inputs say, as {block_id: {action_id: value}}, and the problems with them by input. */
  function modalValues() {
    const values = {};
    const problems = new Map();
    for (const input of page.modalInputs) {
      const value = input.read();
      const wrong = input.problem();
      if (wrong) problems.set(input, wrong);
      else if (!input.block.optional && (Array.isArray(value) ? value.length === 0 : !value)) {
        problems.set(input, "Please fill this in.");
      }
      (values[input.block.block_id] = values[input.block.block_id] || {})[input.block.element.action_id] = value;
    }
    return { values, problems };
  }

  /** Shows each input's error (or none), and moves the focus to the first one in error. */
  function showErrors(errorOf) {
    let first = null;
    for (const input of page.modalInputs) {
      const error = errorOf(input) || "";
      input.error.textContent = error;
      if (input.focusable) input.focusable.setAttribute("aria-invalid", String(!!error));
      if (error && !first) first = input;
    }
    if (first && first.focusable) first.focusable.focus();
    return first !== null;
  }

  async function submitModal(event) {
    event.preventDefault();
    const { values, problems } = modalValues();
    if (showErrors(input => problems.get(input))) return;
    if (!await uploadPicked(values)) return;
    const answer = await call("/sandbox/submissions", { values });
    if (answer.errors) {
      showErrors(input => answer.errors[input.block.block_id]);
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

  // ---- the sidebar, a drawer on a phone

  function showSidebar(shown) {
    $("sidebar").classList.toggle("open", shown);
    $("scrim").hidden = !shown;
    document.querySelector("main").inert = shown; // the drawer is all there is until it closes
    $("menu").setAttribute("aria-expanded", String(shown));
    if (shown) $("person").focus();
  }

  function open(id) {
    page.open = id;
    localStorage.setItem("sandbox.open", id);
    if (id === "home") {
      page.homeHash = undefined; // Home as it is when opened is on screen, not news
      call("/sandbox/home", {});
    }
    render();
    if (narrow.matches) {
      showSidebar(false);
      $("posts").focus();
    } else if (id !== "home" && id !== "mail") {
      $("text").focus();
    }
  }

  /** A reminder time two minutes ahead on the group's clock (London unless changed), so a DM comes soon. */
  function nearReminderHint() {
    const soon = new Date(Date.now() + 2 * 60 * 1000);
    const time = new Intl.DateTimeFormat("en-GB", {timeZone: "Europe/London", hour: "2-digit", minute: "2-digit",
      hourCycle: "h23"}).format(soon);
    $("hint-reminders").textContent = "/themegroup reminders 2 at " + time;
  }

  async function loadDemo() {
    $("demo").disabled = true;
    notice("Loading the demo: Debbie Briggs is typing two meetings into #equalities-theme-group…");
    open(THEME_GROUP);
    const answer = await call("/sandbox/demo", {});
    notice(answer.message);
    $("demo").disabled = false;
    await refresh();
  }

  function wire() {
    nearReminderHint();
    setInterval(nearReminderHint, 30 * 1000);
    $("composer").addEventListener("submit", event => {
      event.preventDefault();
      const text = $("text").value;
      $("text").value = "";
      suggest();
      send(text);
    });
    $("text").addEventListener("input", () => {
      page.suggestion = -1;
      suggest();
    });
    $("text").addEventListener("keydown", suggestionKeys);
    $("attach").addEventListener("click", () => $("attach-file").click());
    $("attach-file").addEventListener("change", () => {
      showAttached();
      $("text").focus();
    });
    $("attached-remove").addEventListener("click", () => {
      $("attach-file").value = "";
      showAttached();
      $("attach").focus();
    });
    $("text").addEventListener("blur", () => {
      $("suggestions").hidden = true;
      $("text").setAttribute("aria-expanded", "false");
    });
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
      page.announced = {};
      page.homeHash = undefined;
      page.modalHash = null;
      refresh();
    });
    $("menu").addEventListener("click", () => showSidebar(!$("sidebar").classList.contains("open")));
    $("scrim").addEventListener("click", () => showSidebar(false));
    document.addEventListener("keydown", event => {
      if (event.key === "Escape" && $("sidebar").classList.contains("open")) {
        showSidebar(false);
        $("menu").focus();
      }
    });
    $("demo").addEventListener("click", loadDemo);
    $("modal-form").addEventListener("submit", submitModal);
    $("modal-close").addEventListener("click", closeModal);
    $("modal-cancel").addEventListener("click", closeModal);
    $("modal").addEventListener("cancel", event => {
      event.preventDefault(); // Escape: the bot hears of the close, then the dialog goes with the next state
      closeModal();
    });
  }

  async function start() {
    wire();
    await refresh();
    setTimeout(poll, POLL_MS);
  }

  start();
})();
