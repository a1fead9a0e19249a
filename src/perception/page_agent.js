// The page agent: installed once per frame in Live Applier's isolated world (it
// shares the DOM with the site, not its JavaScript). It reads what a person sees —
// controls with their accessible names, buttons, page text — and gives the C++
// side handles (indices) to act on. It never changes a value by itself: actions
// ask for a point to click or a focused element, and read values back.
//
// Kept dependency-free and defensive: a site can have any markup, so every
// lookup tolerates missing nodes, and nothing here throws on odd input.
(() => {
  if (globalThis.__applier) return;

  const MAX_TEXT = 300;
  // Passwords are never filled: a password field means a login wall, which a person handles.
  const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'password']);
  // Checkboxes drawn as ARIA widgets: Headless UI's Switch (a button), Radix's and
  // many design systems' checkboxes (a div or button with aria-checked).
  const TOGGLE_SELECTOR = '[role="switch"], [role="checkbox"]';
  const CONTROL_SELECTOR = 'input, select, textarea, [contenteditable=""], [contenteditable="true"], [role="combobox"], [role="textbox"], [aria-haspopup="listbox"], ' + TOGGLE_SELECTOR;
  // Buttons that are really answers: yes/no toggles and ARIA radios.
  const CHOICE_BUTTON_SELECTOR = '[aria-pressed], [role="radio"]';
  const OPTION_SELECTOR = '[role="option"]';
  // img[onclick]: server-rendered portals of the 2000s send their forms from a
  // clickable image (its alt says what it does).
  const BUTTON_SELECTOR = 'button, input[type="submit"], input[type="button"], input[type="image"], [role="button"], a[href], img[onclick]';
  // Where a site's own links live (menus, header, footer), not its content.
  const NAVIGATION_SELECTOR = 'nav, header, footer, [role="navigation"], [role="banner"], [role="contentinfo"], ' +
    '[role="menu"], [role="menubar"], [class*="nav" i], [class*="menu" i], [class*="header" i], [class*="footer" i], ' +
    '[id*="nav" i], [id*="menu" i], [id*="header" i], [id*="footer" i]';
  // The landmarks of the site's own chrome (ARIA's banner, navigation and search):
  // the boxes there search the site or switch its language, they ask the
  // applicant nothing. A <header> is the banner only where it is no section's.
  const SITE_CHROME_SELECTOR = '[role="banner"], [role="navigation"], [role="search"], nav, search';
  const SECTIONING_SELECTOR = 'article, aside, main, nav, section';
  const CAPTCHA_SELECTOR = 'iframe[src*="recaptcha"], iframe[src*="hcaptcha"], iframe[src*="challenges.cloudflare.com"], ' +
    'iframe[title*="captcha" i], .g-recaptcha, .h-captcha, .cf-turnstile, [data-sitekey]';

  const clean = (text) => (text || '').replace(/\s+/g, ' ').trim();
  // The longest text a button's words run to; page_reader.cpp's ClassifyButton
  // reads anything longer as prose.
  const BUTTON_WORDS_MAX = 60;
  const clip = (text) => {
    const t = clean(text);
    return t.length > MAX_TEXT ? t.slice(0, MAX_TEXT) : t;
  };

  // Every element matching `selector` in the document and in every open shadow
  // root below it, in document order.
  function deepQueryAll(root, selector) {
    // Per-field questions (the heading above, an open modal, the chosen items
    // of a wrapper) ask the same node the same thing once per field: one reading
    // answers each once.
    const asked = remembered('queries', root, () => new Map());
    return remembered(asked, selector, () => deepQueryAllNow(root, selector)).slice();
  }

  // The answer kept for `key` in one of this reading's tables (readingMemo's
  // `table`, or a Map given as it), computed once by `compute`; outside a
  // reading, computed each time.
  function remembered(table, key, compute) {
    if (!readingMemo) return compute();
    const known = table instanceof Map ? table : readingMemo[table];
    if (!known.has(key)) known.set(key, compute());
    return known.get(key);
  }

  // The controls inside `node` (its own tree), as a new array: the wrappers
  // around each field are asked again for every field they hold.
  function controlsIn(node) {
    return remembered('controls', node, () => Array.from(node.querySelectorAll(CONTROL_SELECTOR))).slice();
  }

  function deepQueryAllNow(root, selector) {
    const out = [];
    const visit = (node) => {
      if (node.querySelectorAll) {
        for (const el of node.querySelectorAll(selector)) out.push(el);
      }
      for (const shadow of shadowRootsIn(node)) visit(shadow);
    };
    visit(root);
    return out;
  }

  // The open shadow roots of the elements in `node`'s own tree (not inside those
  // roots). Finding them walks every element, so one reading of the page walks
  // each tree once; a page with no shadow root at all is never walked again.
  function shadowRootsIn(node) {
    if (readingMemo && readingMemo.shadowless) return [];
    return remembered('shadows', node, () => {
      const found = [];
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT);
      for (let el = walker.currentNode; el; el = walker.nextNode()) {
        if (el.shadowRoot) found.push(el.shadowRoot);
      }
      return found;
    });
  }

  // A heading of the page: h1–h3, or an app's drawn heading (Ext JS's panel title,
  // a design system's card title: role=heading) of the same levels; with no
  // aria-level, ARIA's default, 2.
  function isPageHeading(el) {
    if (!isVisible(el)) return false;
    if (el.matches('h1, h2, h3')) return true;
    const level = parseInt(el.getAttribute('aria-level') || '2', 10);
    return !(level > 3) && !(el.parentElement && el.parentElement.closest('h1, h2, h3'));
  }

  // While perceive() reads the page nothing in it changes, and the same elements
  // and their ancestors are asked about many times (every field's neighbours,
  // every wrapper up to the form): their answers are kept for that one reading.
  let readingMemo = null;

  function isVisible(el) {
    return remembered('visible', el, () => isVisibleNow(el));
  }

  // Whether no ancestor (across shadow hosts) hides what is inside it.
  function ancestorsShow(node) {
    if (!node) return true;
    return remembered('shown', node, () =>
      !(node.hidden || node.getAttribute && node.getAttribute('aria-hidden') === 'true') &&
      !(node.nodeType === 1 && getComputedStyle(node).display === 'none') &&
      ancestorsShow(node.parentElement || (node.getRootNode() && node.getRootNode().host)));
  }

  function isVisibleNow(el) {
    if (!el.isConnected) return false;
    // A collapsed <details> (native, or the one a web component keeps in its
    // shadow root: Shoelace's sl-details) skips drawing its content with
    // content-visibility: hidden, which leaves its boxes their size and display:
    // only the browser's own check, which walks the drawn (flat) tree, sees them
    // hidden.
    if (typeof el.checkVisibility === 'function' && !el.checkVisibility()) return false;
    const style = getComputedStyle(el);
    if (style.display === 'none' || style.visibility === 'hidden') return false;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 && rect.height === 0) return false;
    return ancestorsShow(el.parentElement || (el.getRootNode() && el.getRootNode().host));
  }

  // Text of a node as a reader would hear it, without the text of form controls
  // nested inside (a label wrapping a select must not read out every option).
  function textWithoutControls(node, skip) {
    if (!node) return '';
    let text = '';
    const walkedHosts = new Set();
    const walk = (n) => {
      if (n.nodeType === Node.TEXT_NODE) {
        text += n.textContent + ' ';
        return;
      }
      if (n.nodeType !== Node.ELEMENT_NODE || n === skip) return;
      const tag = n.tagName;
      if (tag === 'SELECT' || tag === 'TEXTAREA' || tag === 'INPUT' || tag === 'SCRIPT' || tag === 'STYLE' || tag === 'OPTION') return;
      if (n.getAttribute('aria-hidden') === 'true') return;
      const style = getComputedStyle(n);
      if (style.display === 'none' || style.visibility === 'hidden') return;
      // A <slot> shows its host's children: a design system's
      // <button><slot></slot></button> in a shadow root says what its host holds.
      // A host whose children were read already is not read twice.
      if (tag === 'SLOT') {
        const assigned = n.assignedNodes({ flatten: true });
        const host = n.getRootNode().host;
        if (assigned.length) {
          if (!walkedHosts.has(host)) for (const child of assigned) walk(child);
          return;
        }
      }
      if (n.shadowRoot) walkedHosts.add(n);
      for (const child of n.childNodes) walk(child);
      if (n.shadowRoot) for (const child of n.shadowRoot.childNodes) walk(child);
    };
    walk(node);
    return clean(text);
  }

  function byIdInRoot(el, id) {
    const root = el.getRootNode();
    return (root.getElementById && root.getElementById(id)) || document.getElementById(id);
  }

  // jQuery Validation writes its messages as <label class="error" for="field">
  // after the field (errorElement "label"), referenced from aria-describedby since
  // 1.13: such a label is the field's error, not its name, while the field has a
  // label of its own.
  function isErrorLabel(label, el) {
    const described = (el.getAttribute('aria-describedby') || '') + ' ' + (el.getAttribute('aria-errormessage') || '');
    return (!!label.id && described.split(/\s+/).includes(label.id)) || label.classList.contains('error');
  }

  function labelsFor(el) {
    return remembered('labels', el, () => labelsForNow(el)).slice();
  }

  function labelsForNow(el) {
    const root = el.getRootNode();
    const found = [];
    if (el.id && root.querySelectorAll) {
      for (const label of root.querySelectorAll('label[for]')) {
        if (label.htmlFor === el.id) found.push(label);
      }
    }
    if (found.length > 1 && found.some((label) => !isErrorLabel(label, el))) {
      found.splice(0, found.length, ...found.filter((label) => !isErrorLabel(label, el)));
    }
    const wrapping = el.closest('label');
    if (wrapping && !found.includes(wrapping)) found.push(wrapping);
    // A web component's one control in its shadow root is labelled as the
    // component is (<label for="host-id">).
    if (found.length === 0 && root.host && controlsIn(root).length <= 1) {
      return labelsFor(root.host);
    }
    return found;
  }

  // The nearest text before `el` that is not itself a control: how people label
  // a field with a loose <div>Question</div> above it. Four levels up; wrappers
  // that hold nothing to read but the control (a typeahead's own: Frappe's
  // awesomplete inside its link-field inside the control's input wrapper) are
  // not levels.
  function nearbyText(el) {
    const namer = nearbyNamer(el);
    return namer ? namer.text : '';
  }

  // The element nearbyText reads, with its text: { node, text }, or null.
  function nearbyNamer(el) {
    // The label over a dial-code picker and its number box names the number.
    const picker = isDialCodePicker(el);
    let node = el;
    for (let depth = 0, steps = 0; depth < 4 && node && steps < 10; steps++) {
      if (picker && node !== el && holdsTextBoxBesides(node, el)) return null;
      for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        if (holdsOnlyDialCodePickers(sibling)) continue;
        if (sibling.matches && sibling.matches(CONTROL_SELECTOR)) return null;
        const hasControl = sibling.querySelector && sibling.querySelector(CONTROL_SELECTOR);
        if (hasControl) return null;
        if (namesAnother(sibling, el)) return null;
        if (describes(sibling, el) || isWidgetChrome(sibling) || holdsOnlyChoices(sibling) ||
            isDrawnPlaceholder(sibling) || isLiveRegion(sibling) || isUploadPrompt(sibling, el)) continue;
        const text = textWithoutControls(sibling);
        // A unit drawn in the box's own row ("Rp", "€") is no label; a short word
        // there ("Curso", a floating label drawn over the box) still is.
        if (isUnitBeside(text, sibling, el) || isPrompt(text) || isRequiredWord(text)) continue;
        if (text) return { node: sibling, text: clip(text) };
      }
      const wrapper = node.parentElement;
      if (node === el || !wrapper || hasWords(wrapper, el)) depth++;
      node = wrapper;
      // (Hidden inputs — one per choice of a multi-select — are no controls here.)
      if (node && controlsIn(node).filter(isVisible).length > 3) break;
    }
    return null;
  }

  // A drop zone's own words beside its file input ("Drag files here or Upload",
  // "Seret fail ke sini atau Muat naik": Element UI's el-upload-dragger, a drop
  // area around its browse button) say how to give the file, not which one: the
  // upload's name is the label further out.
  function isUploadPrompt(node, input) {
    return input.type === 'file' && !!node.querySelectorAll &&
      deepQueryAll(node, BUTTON_SELECTOR).some((button) => saysUpload(buttonText(button)));
  }

  // The count of characters a box draws beside itself ("0/500": Arco Design's
  // word-limit, Ant Design's showCount, Element's el-input__count) is its own.
  const CHARACTER_COUNT = /^\d+\s*\/\s*\d+$/;

  // A wrapper is a step further from the box only where it holds words. What a
  // component draws around its box — a number box's ▲ ▼, a date picker's icon,
  // the prompt or placeholder a select shows until something is chosen, the chips
  // of its choices — belongs to the box, not to the page around it (Ant Design
  // nests a box five wrappers deep under its label column, each holding such
  // parts). What the box `own` shows inside itself (the choice a drawn dropdown
  // shows) is its value, no words around it.
  function hasWords(node, own) {
    for (const child of node.childNodes) {
      if (child === own) continue;
      if (child.nodeType === Node.TEXT_NODE) {
        if (/[\p{L}\p{N}]/u.test(child.textContent)) return true;
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE || child.getAttribute('aria-hidden') === 'true') continue;
      const style = getComputedStyle(child);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      if (child.matches(CONTROL_SELECTOR) || child.querySelector(CONTROL_SELECTOR) || (own && child.contains(own))) {
        // A phone box's country picker shows its choice ("Bangladesh (+880)"):
        // its value, no words around the box.
        if (!(own && child.contains(own)) && holdsOnlyDialCodePickers(child)) continue;
        if (hasWords(child, own)) return true;
        continue;
      }
      const text = clean(textWithoutControls(child));
      if (!text || isWidgetChrome(child) || holdsOnlyChoices(child) || isDrawnPlaceholder(child) ||
          isLiveRegion(child)) continue;
      if (isPrompt(text) || (SHOWN_PROMPT.test(text) && !PROMPT_REFUSAL.test(text))) continue;
      if (CHARACTER_COUNT.test(text)) continue;
      return true;
    }
    return false;
  }
  // The placeholder a select draws as an element beside its search input
  // (react-select__placeholder, ant-select-selection-placeholder, ng-placeholder,
  // el-select__placeholder: every component library names the class so) shows a
  // hint or the choice, never the field's name.
  const isDrawnPlaceholder = (node) => /placeholder/i.test(node.getAttribute('class') || '');
  // What a live region announces ("option Go, selected.", "3 results
  // available") changes with every action: no name. react-select keeps its
  // announcements in a log and in a span whose id ends in "-live-region", both
  // drawn by its A11yText component (class "css-…-a11yText").
  // (A node holding nothing but such regions is one too; a page wrapped whole
  // in aria-live is not.)
  const LIVE_REGION_SELECTOR = '[aria-live], [role="log"], [role="status"], [role="alert"], [class*="a11yText" i]';
  // (What may be one, for a query instead of a look at every element below.)
  const LIVE_REGION_CANDIDATES = LIVE_REGION_SELECTOR + ', [id*="live" i]';
  const isLiveRegionItself = (n) => n.matches(LIVE_REGION_SELECTOR) || /[-_]live[-_]?region$/i.test(n.id || '');
  function isLiveRegion(node) {
    if (isLiveRegionItself(node)) return true;
    if (!Array.from(node.querySelectorAll(LIVE_REGION_CANDIDATES)).some(isLiveRegionItself)) return false;
    const copy = node.cloneNode(true);
    for (const region of Array.from(copy.querySelectorAll(LIVE_REGION_CANDIDATES)).filter(isLiveRegionItself)) region.remove();
    return !clean(copy.textContent);
  }
  // The prompt a select draws as text beside its input ("Select...", "请选择",
  // "Chọn") says what to do, not which field it is.
  const isPrompt = (text) => PROMPT_PLACEHOLDER.test(clean(text));
  // A word saying only that the field is required ("Required" for screen readers,
  // "(obligatoire)") is a mark, not a name.
  const REQUIRED_WORD = new RegExp('^[(\\[]?\\s*(required|mandatory|obligatoire|requis|obligatorio|requerido|' +
    'obrigatório|pflichtfeld|erforderlich|obbligatorio|verplicht|wymagane|povinné|pakollinen|obligatorisk|' +
    'zorunlu|обязательно|必須|必填|필수)\\s*[)\\]]?[.:]?$', 'i');
  const isRequiredWord = (text) => REQUIRED_WORD.test(clean(text));

  // What a widget draws beside its box — step buttons ("▲ ▼"), a clear button, an
  // icon — says nothing of the question: buttons, or text without a letter or a
  // digit.
  // (A link's words may be the label's own: "I accept the <a>terms</a>".)
  // A control that clears the box says so, whatever it is drawn as (Novo
  // Elements' chips picker: a <label> "CLEAR ALL" with an icon).
  const WIDGET_BUTTON_SELECTOR = 'button, input[type="button"], [role="button"]';
  const CLEAR_CONTROL = new RegExp('^(clear|clear all|clear selection|remove all|reset|löschen|alle löschen|' +
    'effacer|tout effacer|borrar|borrar todo|limpar|limpiar|cancella tutto|wissen|alles wissen|wyczyść|' +
    'очистить|清除|全部清除|クリア|지우기)$', 'i');
  function isWidgetChrome(node) {
    if (node.matches(WIDGET_BUTTON_SELECTOR)) return true;
    const text = textWithoutControls(node);
    if (!text || !/[\p{L}\p{N}]/u.test(text) || CLEAR_CONTROL.test(clean(text))) return true;
    const copy = node.cloneNode(true);
    for (const button of copy.querySelectorAll(WIDGET_BUTTON_SELECTOR)) button.remove();
    return !clean(copy.textContent);
  }

  // The box's own help text, which it points at with aria-describedby, often sits
  // between its label and the box ("A few sentences are enough"): it describes the
  // box, it does not name it.
  function describes(node, el) {
    const ids = (el.getAttribute('aria-describedby') || '').split(/\s+/).filter(Boolean);
    return ids.some((id) => byIdInRoot(el, id) === node);
  }

  // A <label for> names the control it points at: beside a widget without a label
  // of its own (the country-code button of a phone box whose label points at the
  // number box) it names the other control, not this one.
  // So does a form's label column holding it.
  function namesAnother(node, el) {
    const labels = node.tagName === 'LABEL' ? [node] : Array.from(node.querySelectorAll('label[for]'));
    return labels.some((label) => {
      const target = label.htmlFor && byIdInRoot(label, label.htmlFor);
      return !!target && target !== el && !el.contains(target) && isVisible(target);
    });
  }

  // The text just above a box within the box's own wrapper (the nearest boxes
  // around it that hold no other control): a component library's label drawn as a
  // plain element over the box (glints-aries' Select label is a <span>), which the
  // box's placeholder ("Type a city name") only hints at.
  // `notBesideButtons`: words that are another button's or link's name nothing
  // (an upload button among ways to apply: "Apply with LinkedIn", "Upload Resume").
  function ownLabelAbove(el, notBesideButtons = false) {
    let node = el;
    // Wrappers that hold nothing to read but the box (a component library's
    // input-wrapper inside input inside form-item content) are not levels.
    for (let depth = 0, steps = 0; node && depth < 3 && steps < 8; steps++) {
      const wrapper = node.parentElement;
      if (!wrapper || wrapper.matches('form, body')) return '';
      // (A select that a widget's face stands in front of — Select2's — is one
      // field with that face.)
      const face = el.tagName === 'SELECT' ? faceOfStore(el) : null;
      const others = controlsIn(wrapper)
        .filter((c) => c !== el && !el.contains(c) && isVisible(c) && !(face && face.contains(c)) &&
          !isDialCodePicker(c) && !isNamedAddOn(c, el));
      if (others.length > 0) return '';
      for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        if (namesAnother(sibling, el)) return '';
        if (holdsOnlyDialCodePickers(sibling)) continue;
        if (notBesideButtons && (sibling.matches(BUTTON_SELECTOR) || sibling.querySelector(BUTTON_SELECTOR))) return '';
        if (holdsOnlyChoices(sibling) || describes(sibling, el) || isDrawnPlaceholder(sibling) ||
            isLiveRegion(sibling)) continue;
        const text = textWithoutControls(sibling);
        if (isUnitBeside(text, sibling, el) || isPrompt(text) || isRequiredWord(text)) continue;
        if (text) return clip(text);
      }
      if (node === el || hasWords(wrapper, el)) depth++;
      node = wrapper;
    }
    return '';
  }

  // A phone box's country picker (intl-tel-input's flag, react-phone-number-
  // input's select, an Ant Design select compacted with the box) shows a dial
  // code: it is part of the phone box, and the label over the two names the
  // number. (Ant Design's select shows its choice beside its search input, not
  // in it; a select drawn without roles, around its search box — Naive UI's
  // filterable n-select —, shows it over the box.)
  function isDialCodePicker(c) {
    let shown = '';
    if (c.tagName === 'SELECT') shown = c.selectedOptions[0] ? c.selectedOptions[0].textContent : '';
    else if (c.tagName === 'INPUT' && c.getAttribute('role') === 'combobox') shown = chosenItems(c).join(' ');
    else if (c.tagName === 'INPUT') {
      const box = rolelessSelectAround(c);
      shown = box ? rolelessChoice(box) : '';
    }
    else shown = textWithoutControls(c) + ' ' + (c.getAttribute('title') || '');
    return /\+\d{1,4}\b/.test(clean(shown));
  }

  // A select in the box's own row that names itself (Bootstrap's input-group
  // add-ons: a currency before an amount, a pay period after it, each with its
  // aria-label) qualifies the box: the label over the group names the box.
  function isNamedAddOn(c, el) {
    return c.tagName === 'SELECT' && (!!clean(c.getAttribute('aria-label')) || c.hasAttribute('aria-labelledby')) &&
      inRowOf(c, el.getBoundingClientRect());
  }

  function holdsTextBoxBesides(node, el) {
    return Array.from(node.querySelectorAll('input:not([type]), input[type="tel"], input[type="text"], input[type="number"]'))
      .some((c) => c !== el && isVisible(c) && c.getAttribute('role') !== 'combobox');
  }
  function holdsOnlyDialCodePickers(node) {
    const controls = node.matches(CONTROL_SELECTOR) ? [node]
      : controlsIn(node).filter(isVisible);
    return controls.length > 0 && controls.every(isDialCodePicker);
  }

  // A currency written in letters before an amount box ("Rp", "USD", "zł", "Kč").
  const CURRENCY_MARK = /^([A-Z]{3}|Rp|R\$|zł|kr|Kč|Ft|lei|лв|руб\.?|TL|Fr\.?|RM|S\/|Bs\.?|đ)$/u;
  // A symbol or a currency drawn in the box's own row (Semantic UI's "ui labeled
  // input": <div class="ui label">$</div> before the box) is its unit; a word
  // there ("City", a floating label drawn over the box) still names it.
  function isUnitBeside(text, node, el) {
    const shown = clean(text);
    return !!shown && isUnitText(shown) && (!/\p{L}{2,}/u.test(shown) || CURRENCY_MARK.test(shown)) &&
      inRowOf(node, el.getBoundingClientRect());
  }

  // Whether `namer`, an element inside the widget `el`, shows the option chosen in
  // the widget's list (marked aria-selected, in the list it controls or owns, or
  // in the list drawn beside it in its wrapper): the widget's value, not its name.
  function showsChosenOption(namer, el) {
    const text = clean(textWithoutControls(namer));
    if (!text) return false;
    const lists = [el.parentElement];
    for (const attr of ['aria-controls', 'aria-owns']) {
      for (const id of (el.getAttribute(attr) || '').split(/\s+/)) {
        const list = id ? byIdInRoot(el, id) : null;
        if (list) lists.push(list);
      }
    }
    return lists.filter(Boolean).some((scope) => Array.from(scope.querySelectorAll(OPTION_SELECTOR))
      .some((o) => o.getAttribute('aria-selected') === 'true' && clean(o.textContent) === text));
  }

  // The chips a picker draws before its search box are its value, not its name.
  function holdsOnlyChoices(node) {
    if (isChosenItem(node)) return true;
    if (!Array.from(node.querySelectorAll(CHOSEN_OR_CHIP_SELECTOR)).some(isChosenItem)) return false;
    const copy = node.cloneNode(true);
    for (const item of copy.querySelectorAll(CHOSEN_OR_CHIP_SELECTOR)) if (isChosenItem(item)) item.remove();
    return !clean(copy.textContent);
  }

  function accessibleName(el) {
    const labelledBy = el.getAttribute('aria-labelledby');
    if (labelledBy) {
      // A control listing itself ("label button", as Workday's dropdowns do) adds
      // what it shows, its value, not its name; so does one listing an element of
      // its own beside its label (Angular Material's mat-select up to v18: "label-id
      // value-id", the value drawn inside the select).
      const namers = labelledBy.split(/\s+/).filter((id) => id && id !== el.id)
        .map((id) => byIdInRoot(el, id)).filter(Boolean);
      const outside = namers.filter((namer) => !el.contains(namer));
      // Material Components Web's select draws both inside its anchor ("label-id
      // selected-text-id"): the part showing the chosen option is its value.
      const named = outside.length ? outside : namers.filter((namer) => !showsChosenOption(namer, el));
      const text = namersText(named.length ? named : namers);
      if (text) return { text, how: 'aria-labelledby' };
    }
    // A label wrapping a custom control holds what the control shows ("State
    // Select a state"): that is its value, not its name.
    const labels = labelsFor(el);
    const labelText = clean(labels.map((label) => textWithoutControls(label, el)).join(' '));
    const announced = selectionAnnouncement(el);
    const aria = announced ? announced.rest : withoutShownChoice(el, clean(el.getAttribute('aria-label')));
    if (aria) {
      // An aria-label that is only the visible label's closing question drops the
      // lead-in the question needs ("This role is hybrid. Are you able to ...?").
      const visible = stripRequiredMarks(labelText);
      if (visible.length > aria.length && visible.toLowerCase().endsWith(aria.toLowerCase())) {
        return { text: labelText, how: 'label' };
      }
      return { text: aria, how: 'aria-label' };
    }
    // A label holding only the required mark (an acceptance box whose wording is a
    // paragraph beside it) names nothing: the name is found as if it had none.
    if (labelText && stripRequiredMarks(labelText)) return { text: labelText, how: 'label' };
    const after = floatingLabelAfter(el);
    if (after) return { text: after, how: 'label' };
    // A title repeating the box's value (Ant Design's pickers, boxes that show a
    // clipped value whole on hover) is the answer, not the question.
    const title = clean(el.getAttribute('title'));
    if (title && title !== clean(el.value)) return { text: title, how: 'title' };
    const placeholder = clean(el.getAttribute('placeholder') || el.getAttribute('data-placeholder'));
    if (placeholder) {
      const above = ownLabelAbove(el);
      if (above) return { text: above, how: 'nearby' };
      if (!PROMPT_PLACEHOLDER.test(placeholder) && !EXAMPLE_PLACEHOLDER.test(placeholder) &&
          !isSampleValue(placeholder) && !FORMAT_HINT.test(placeholder)) {
        return { text: placeholder, how: 'placeholder' };
      }
    }
    const row = rowLabel(el);
    if (row) return { text: row, how: 'label' };
    const container = labelledContainerName(el);
    if (container) return { text: container, how: 'aria-labelledby' };
    const header = tableRowHeader(el);
    if (header) return { text: header, how: 'label' };
    const split = splitListName(el);
    if (split) return { text: split, how: 'label' };
    const nearby = nearbyText(el);
    if (nearby) return { text: nearby, how: 'nearby' };
    if (placeholder) return { text: placeholder, how: 'placeholder' };
    return { text: '', how: 'none' };
  }
  // A dropdown button that speaks what it shows and its required mark in its own
  // aria-label after its label (Workday: "Country United States of America
  // Required", in French "Pays France Obligatoire", "État Sélectionnez une valeur
  // Obligatoire"): the words before what it shows name it; the choice (or the
  // prompt) and the mark do not, so the name stays the same whatever is chosen.
  function withoutShownChoice(el, aria) {
    if (!aria || el.getAttribute('aria-haspopup') !== 'listbox') return aria;
    const shown = clean(el.textContent);
    if (!shown) return aria;
    const at = aria.toLowerCase().lastIndexOf(shown.toLowerCase());
    if (at <= 0) return aria;
    const rest = clean(aria.slice(at + shown.length));
    return rest && !isRequiredWord(rest) ? aria : clean(aria.slice(0, at));
  }
  // A search box that speaks its choice first in its own name: Base Web's Select
  // (baseui) gives the input of a searchable select the aria-label "Selected
  // <choice>. " followed by the page's own aria-label, if any, and draws the
  // choice beside the input, which it empties. The lead-in is the box's value,
  // never its name (the label tied to the box names it). Null for any other name.
  // Its select that is not searchable announces the same on the focusable box
  // around its hidden input (frontsHiddenCombobox).
  function selectionAnnouncement(el) {
    if (el.tagName === 'INPUT' ? el.getAttribute('role') !== 'combobox' || clean(el.value) : !frontsHiddenCombobox(el)) return null;
    const aria = clean(el.getAttribute('aria-label'));
    const lead = /^selected\s+/i.exec(aria);
    if (!lead) return null;
    const body = aria.slice(lead[0].length);
    if (body.endsWith('.')) return { choice: clean(body.slice(0, -1)), rest: '' };
    const cut = body.lastIndexOf('. ');
    return cut > 0 ? { choice: clean(body.slice(0, cut)), rest: clean(body.slice(cut + 2)) } : null;
  }

  // Bootstrap's floating label follows its box (`.form-floating > input + label`,
  // as Material's floating labels may): a <label> tied to nothing, right after
  // the box, in a wrapper holding no other control, names it.
  function floatingLabelAfter(el) {
    const label = el.nextElementSibling;
    if (!label || label.tagName !== 'LABEL' || label.htmlFor || label.querySelector(CONTROL_SELECTOR)) return '';
    const wrapper = el.parentElement;
    if (!wrapper || wrapper.matches('form, body')) return '';
    const others = controlsIn(wrapper).filter((c) => c !== el && isVisible(c));
    if (others.length > 0) return '';
    return clip(textWithoutControls(label));
  }

  // A container that names itself (aria-labelledby or aria-label) around a control
  // with no name of its own names that control when it holds no other: the
  // react-aria-components DropZone, labelled by the Label beside it, around a
  // FileTrigger's hidden file input and its "Browse" button. Three levels up, not
  // past the form. A list's name ("Uploaded files") names its items together, not
  // a control in one of them.
  function labelledContainerName(el) {
    let node = el.parentElement;
    for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
      if (node.matches('form, body, fieldset, ul, ol, [role="list"]')) return '';
      if (holdsAnotherControl(node, el)) return '';
      const labelledBy = node.getAttribute('aria-labelledby');
      if (labelledBy) {
        const text = clean(labelledBy.split(/\s+/).map((id) => byIdInRoot(node, id))
          .filter((namer) => namer && !node.contains(namer)).map((namer) => textWithoutControls(namer)).join(' '));
        if (text) return clip(text);
      }
      const aria = clean(node.getAttribute('aria-label'));
      if (aria) return clip(aria);
    }
    return '';
  }

  // A placeholder that only says what to do ("Select all that apply", "Search…",
  // "Bitte wählen") names no field: the label beside the box does.
  const PROMPT_PLACEHOLDER = new RegExp('^(please\\s+)?(select|choose|pick|search|type to search|start typing|' +
    'bitte wählen|auswählen|suchen|sélectionne[rz]?|choisi(r|ssez)|recherche[rz]?|selecciona|seleccione|elegir|elija|buscar|' +
    'seleziona|scegli|cerca|selecione|escolha|pesquisar|selecteer|kies|zoeken|wybierz|szukaj|vyberte|valitse|välj|vælg|' +
    'seçiniz|выберите|поиск|pilih|cari|chọn|请选择|選択してください|선택하세요|검색|' +
    '(type|write|enter) (it |your answer )?here|escrib[ae] aquí|écrive[zr] ici|hier (eingeben|schreiben)|' +
    'scrivi qui|(digite|escreva) aqui|typ hier|γράψτε εδώ|напишите здесь|请输入|ここに入力|여기에 입력)' +
    '(\\s+(all|one|any|an?|option|options|one or more|that|apply|here|from the list|' +
    'una|un|une|uma|eine?n?|opci[oó]n|opciones|op[cç][aã]o|op[cç][oõ]es|opzione|opzioni|optie|opties))*\\s*[.…:]*$', 'i');

  // A widget whose aria-labelledby lists only itself or what it holds names itself
  // by what it shows (Select2's face, labelled by the choice it renders).
  function labelledOnlyByItself(el) {
    return labelledFromWithin(el, el);
  }
  function labelledFromWithin(el, widget) {
    return !!(el.getAttribute('aria-labelledby') || '').trim() &&
      labelledBy(el).every((namer) => widget.contains(namer));
  }

  // A placeholder giving an example ("e.g. Acme Corp", "z. B. 50.000", "p. ej.
  // 600 123 456") shows the format; the text beside the box names it.
  const EXAMPLE_PLACEHOLDER = new RegExp('^\\s*(e\\.\\s?g\\.|eg[.:]|for example|example\\s*:|ex\\.|ex\\s*:|par ex|' +
    'z\\.\\s?b\\.|zb[.:]|bspw\\.|beispiel\\s*:|p\\.\\s?ej\\.|por ejemplo|ej\\.|ej\\s*:|ad es\\.|es\\.|per esempio|' +
    'bijv\\.|bv\\.|b\\.v\\.|bijvoorbeeld|np\\.|např\\.|esim\\.|t\\.\\s?ex\\.|f\\.\\s?eks\\.|örn\\.|örneğin|' +
    'напр\\.|например|наприклад|例[:：]|例如|예[:：)]|예시|vd[.:]|ví dụ)', 'i');
  // A date's format in the page's letters ("dd/mm/aaaa", "TT.MM.JJJJ", "MM/YYYY",
  // "ΗΗ/ΜΜ/ΕΕΕΕ"): runs of one repeated letter between separators.
  const FORMAT_HINT = /^\s*(\p{L})\1{0,3}([\/.\-\s]+(\p{L})\3{0,3}){1,2}\s*$/iu;
  // A sample value without a word ("01012345678", "65.000", "+49 170 1234567").
  const isSampleValue = (placeholder) => /\d/.test(placeholder) && !/\p{L}/u.test(placeholder);

  // A form laid out as a table (a row header <th>, or a first cell of text, then a
  // cell holding the box) names the box by that header, when no other control in
  // the box's cell lacks a name of its own (a country-code select beside a phone
  // box carries its aria-label).
  function tableRowHeader(el) {
    const cell = el.closest('td');
    const row = cell && cell.parentElement;
    if (!row || row.tagName !== 'TR') return '';
    const unnamed = controlsIn(cell)
      .filter((c) => c !== el && !el.contains(c) && isVisible(c) && !c.getAttribute('aria-label') &&
        !c.getAttribute('aria-labelledby') && labelsFor(c).length === 0);
    if (unnamed.length) return '';
    for (let header = cell.previousElementSibling; header; header = header.previousElementSibling) {
      if (header.querySelector(CONTROL_SELECTOR)) return '';
      const text = textWithoutControls(header);
      if (text) return clip(text);
    }
    return '';
  }

  // A form library's row (Ant Design's Form.Item) labels a widget — an upload
  // whose file input hides inside a button — with a <label> in a column of its
  // own and no for=: the one such label before `el` in the widest wrapper around
  // it that holds no other control. (A <label> inside the widget itself shows its
  // choice: PrimeFaces' menus; one after the box is a part of the widget: Novo
  // Elements' chips picker draws its "clear all" so.)
  function rowLabel(el) {
    let found = '';
    for (let node = el.parentElement, depth = 0; node && depth < 8; node = node.parentElement, depth++) {
      if (node.matches('form, body')) break;
      const others = controlsIn(node).filter((c) => c !== el && !el.contains(c));
      if (others.length) break;
      const labels = Array.from(node.querySelectorAll('label'))
        .filter((l) => !l.htmlFor && !l.querySelector(CONTROL_SELECTOR) && !el.contains(l) &&
          (l.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING));
      if (labels.length === 1) found = clip(textWithoutControls(labels[0]));
      else if (labels.length > 1) break;
    }
    return found;
  }

  // A date asked as lists side by side under one label, none named but by its
  // first option (Thai, Indonesian and many server-rendered forms: "วันเดือนปีเกิด"
  // over lists opening with "วันที่", "เดือน", "ปี"; "Date of birth" over "Day",
  // "Month", "Year"): each list is named by that label and its own prompt, so every
  // part carries the question. The label is the one <label> without for= in the
  // wrapper that holds these lists and no other control.
  function promptOption(select) {
    const first = select.options && select.options[0];
    return first && first.value === '' ? clean(first.textContent) : '';
  }
  // (A list whose own wrapper has words of its own — its label drawn as a <div>
  // beside that group — is not one of them.)
  function splitListName(el) {
    if (el.tagName !== 'SELECT' || !promptOption(el)) return '';
    for (let branch = el, node = el.parentElement, depth = 0; node && depth < 6;
         branch = node, node = node.parentElement, depth++) {
      if (node.matches('form, body')) break;
      const controls = controlsIn(node);
      if (controls.some((c) => c.tagName !== 'SELECT' || !promptOption(c))) break;
      const labels = Array.from(node.querySelectorAll('label'))
        .filter((l) => !l.htmlFor && !l.querySelector(CONTROL_SELECTOR));
      if (labels.length > 1) break;
      if (labels.length === 1 && controls.length > 1) {
        if (branch !== el && clean(textWithoutControls(branch))) return '';
        return clip(stripRequiredMarks(textWithoutControls(labels[0])) + ' ' + promptOption(el));
      }
    }
    return '';
  }

  function groupQuestion(members) {
    const first = members[0];
    // A row of a grid of radio rows asks the question its header cell words.
    const row = matrixRowQuestion(members);
    if (row) return row;
    // Across shadow roots: a web component draws each radio inside its own
    // button's shadow root, under the group element of the page.
    const group = closestAcrossShadow(first, 'fieldset, [role="radiogroup"], [role="group"]');
    if (group) {
      const legend = group.querySelector('legend');
      if (legend && clean(legend.textContent)) {
        // A legend over several questions titles a section of the form (server
        // portals group their Yes/No questions in one fieldset, each option list
        // with its own question beside it): the list's own question, inside the
        // section, names it; the legend only when the list has none.
        const own = holdsOtherFields(group, members) ? questionBeforeOptions(members, group) : '';
        return own || clean(textWithoutControls(legend));
      }
      // A form library's label names the group by its id (shadcn/ui's FormLabel
      // htmlFor the RadioGroup its FormControl gave that id): not a labelable
      // element for the browser, but the question all the same.
      const named = accessibleNameOfGroup(group) || (group.id ? groupLabelText(group) : '');
      if (named) return named;
      // A fieldset that is a section of the form (its heading over several
      // fields: a WordPress form template's <fieldset><h3>Personal details</h3>
      // with boxes and option lists) names no one of its option lists.
      const caption = holdsOtherFields(group, members) ? '' : captionInsideGroup(group, members);
      if (caption) return caption;
    }
    return questionBeforeOptions(members, null);
  }

  // A grid of radio rows (a table of language levels, a Likert table: a row per
  // question opening with its header cell, a column per answer under a header
  // row, the radios themselves unlabelled) asks each row's question by the words
  // of the cells before its first option: '' unless `members` are one row of such
  // a grid after a cell of text.
  function matrixRowQuestion(members) {
    const first = members[0];
    if (!radioMatrixOf(first)) return '';
    const cell = first.closest('td, th');
    const row = cell && cell.parentElement;
    if (!row || row.tagName !== 'TR' || members.some((m) => m.closest('tr') !== row)) return '';
    for (let header = cell.previousElementSibling; header; header = header.previousElementSibling) {
      if (header.querySelector(CONTROL_SELECTOR)) return '';
      const text = textWithoutControls(header);
      if (text) return clip(text);
    }
    return '';
  }

  // The header of the column a radio of such a grid stands in ("Orta" over a
  // language's middle level): the cell at the same place in the table's header
  // row (its head's last row, else its first row holding no control). '' outside
  // a grid table or with no header row.
  function matrixColumnHeader(input) {
    const matrix = radioMatrixOf(input);
    if (!matrix || matrix.tagName !== 'TABLE') return '';
    const cell = input.closest('td, th');
    const row = cell && cell.parentElement;
    if (!row || row.tagName !== 'TR' || row.closest('table') !== matrix) return '';
    const head = matrix.tHead && matrix.tHead.rows.length ? matrix.tHead.rows[matrix.tHead.rows.length - 1] : null;
    const header = head || Array.from(matrix.rows).find((r) => !r.querySelector(CONTROL_SELECTOR));
    if (!header || header === row || (header.compareDocumentPosition(row) & Node.DOCUMENT_POSITION_FOLLOWING) === 0) return '';
    let column = 0;
    for (let before = cell.previousElementSibling; before; before = before.previousElementSibling) column += before.colSpan || 1;
    let at = 0;
    for (const title of header.cells) {
      const span = title.colSpan || 1;
      if (column < at + span) return column >= at ? clip(textWithoutControls(title)) : '';
      at += span;
    }
    return '';
  }

  // The text before the first option's container: its own <label>, unless that
  // label holds the other options too (Quasar wraps a whole QOptionGroup in its
  // QField's <label>), which makes it the group's. Within `section` (a fieldset
  // titling several questions), only words inside it.
  function questionBeforeOptions(members, section) {
    const first = members[0];
    let container = first.closest('label');
    if (!container || members.some((m) => m !== first && container.contains(m))) container = first;
    for (let depth = 0; depth < 4 && container; depth++) {
      const parent = container.parentElement;
      if (!parent || (section && (parent === section || !section.contains(parent)))) break;
      const sameKind = Array.from(parent.querySelectorAll('input[type="radio"], input[type="checkbox"], [role="checkbox"], ' + CHOICE_BUTTON_SELECTOR))
        .filter((c) => !isWidgetStore(c));
      if (members.every((m) => parent.contains(m)) && sameKind.length === members.length) {
        // A form library's label names the group's wrapper (<label for=group-id>).
        const own = accessibleNameOfGroup(parent) || (parent.id ? groupLabelText(parent) : '');
        if (own) return clip(own);
        const headingLabel = ownHeadingLabel(parent, members);
        if (headingLabel) return headingLabel;
        if (section) {
          const namer = nearbyNamer(parent);
          if (namer && section.contains(namer.node)) return namer.text;
        } else {
          const titled = headingBefore(parent);
          if (titled) return titled;
          const text = nearbyText(parent);
          if (text) return text;
        }
        const heading = parent.querySelector(':scope > label, :scope > p, :scope > div > label');
        if (heading && !heading.contains(first)) return clip(textWithoutControls(heading));
      }
      container = parent;
    }
    return '';
  }

  // A <label> heading the options inside the wrapper that holds them all, before
  // the first of them and naming none of them (Semantic UI's and Fomantic-UI's
  // "grouped fields": <div class="grouped fields"><label>Question</label> then a
  // <div class="field"> per radio), is the question: nearer than a section's
  // heading above the wrapper, or a notice before it.
  function ownHeadingLabel(parent, members) {
    const label = parent.querySelector(':scope > label');
    if (!label || members.some((m) => label.contains(m))) return '';
    if (label.querySelector(CONTROL_SELECTOR)) return '';
    if (label.htmlFor && members.some((m) => m.id === label.htmlFor)) return '';
    if (!(label.compareDocumentPosition(members[0]) & Node.DOCUMENT_POSITION_FOLLOWING)) return '';
    return clip(textWithoutControls(label));
  }

  // Whether `group` holds a field besides the options `members`: a box, a list or
  // another group's option that a person sees.
  function holdsOtherFields(group, members) {
    return deepQueryAll(group, CONTROL_SELECTOR).some((c) => !members.includes(c) &&
      !(c.name && members.some((m) => m.name === c.name)) && c.type !== 'hidden' && isVisible(c));
  }

  // A group that opens with its question inside itself, before its first option
  // (Ionic's ion-radio-group holding an ion-list-header, as its docs lay a radio
  // list out; a role=radiogroup div whose first child is a caption): the text of
  // the children before the first one holding an option names it. Text after an
  // option is no question of the group's.
  function captionInsideGroup(group, members) {
    for (const child of group.children) {
      // (An option drawn in a web component's shadow root is held by its host.)
      if (members.some((m) => composedContains(child, m))) return '';
      if (child.matches(CONTROL_SELECTOR) || child.querySelector(CONTROL_SELECTOR)) return '';
      const text = textWithoutControls(child);
      if (text) return clip(text);
    }
    return '';
  }

  // The words of the <label for> naming a group by its id. A label wrapping the
  // group it names (Quasar's QField around a QOptionGroup: <label for=id> holding
  // its label text and <div id> with the options) names it by its own words, not
  // the options'.
  function groupLabelText(group) {
    return clean(labelsFor(group).map((label) => textWithoutControls(label, label.contains(group) ? group : undefined)).join(' '));
  }

  // A question drawn as a card (Google Forms, Microsoft Forms) titles its options
  // with a heading, a description under it: the block just before the options,
  // within three wrappers holding no other control, that holds a heading gives
  // the heading's words, not the description's.
  function headingBefore(node) {
    for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
      for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        if (sibling.matches(CONTROL_SELECTOR) || sibling.querySelector(CONTROL_SELECTOR)) return '';
        const heading = sibling.matches(HEADING_SELECTOR) ? sibling : sibling.querySelector(HEADING_SELECTOR);
        if (heading) return clip(textWithoutControls(heading));
        if (textWithoutControls(sibling)) return '';
      }
      if (node.parentElement && controlsIn(node.parentElement).length >
          controlsIn(node).length + (node.matches(CONTROL_SELECTOR) ? 1 : 0)) return '';
    }
    return '';
  }
  const HEADING_SELECTOR = '[role="heading"], h1, h2, h3, h4, h5, h6';

  function accessibleNameOfGroup(group) {
    const labelledBy = group.getAttribute('aria-labelledby');
    if (labelledBy) {
      return namersText(labelledBy.split(/\s+/).map((id) => byIdInRoot(group, id)).filter(Boolean));
    }
    return clean(group.getAttribute('aria-label'));
  }

  // The text of the elements an aria-labelledby lists. Beside a title a person
  // sees, a part drawn only for screen readers (a one-pixel clipped box) says
  // what the marks already show: Microsoft Forms lists its question info after the
  // title ("Required to answer. Single line text.", in the form's language). The
  // title names the field; the note is left out. Hidden parts alone still name it.
  function namersText(namers) {
    const seen = namers.filter((namer) => !isScreenReaderOnly(namer) &&
      /[\p{L}\p{N}]/u.test(textWithoutControls(namer)));
    return clean((seen.length ? seen : namers).map((namer) => textWithoutControls(namer)).join(' '));
  }

  // The visually hidden box of a screen-reader-only text (the sr-only /
  // visually-hidden pattern of Bootstrap, Fluent and most kits: at most one pixel,
  // its overflow hidden or clipped).
  function isScreenReaderOnly(el) {
    const rect = el.getBoundingClientRect();
    if (rect.width > 1 || rect.height > 1) return false;
    const style = getComputedStyle(el);
    return style.overflow === 'hidden' || (style.clip && style.clip !== 'auto') ||
      (style.clipPath && style.clipPath !== 'none');
  }

  // A checkbox drawn as an ARIA widget rather than an <input>; its state is
  // aria-checked. (Inside a list or menu it is an option of that list.)
  function isToggleWidget(el) {
    return el.tagName !== 'INPUT' && el.matches(TOGGLE_SELECTOR) &&
      !el.closest('[role="listbox"], [role="menu"], [role="tree"], [role="grid"]');
  }

  // The text right after a checkbox, where its label usually is ("[ ] Send me
  // news"), when that text is no other control's.
  function textAfter(el) {
    for (let sibling = el.nextElementSibling; sibling; sibling = sibling.nextElementSibling) {
      if (sibling.matches(CONTROL_SELECTOR) || sibling.querySelector(CONTROL_SELECTOR)) return '';
      const text = textWithoutControls(sibling);
      if (text) return clip(text);
    }
    return '';
  }

  // A control of another field inside `node`: one a person sees, or a file box or
  // a choice hidden behind its button or label (an "Attach" row's hidden input is
  // still another field's). One inside `el` is its own (the search box of a
  // dropdown drawn around it).
  function holdsAnotherControl(node, el, selector = CONTROL_SELECTOR) {
    return deepQueryAll(node, selector).some((c) => c !== el && !el.contains(c) && !(el.name && c.name === el.name) &&
      (isVisible(c) || (c.tagName === 'INPUT' && /^(file|checkbox|radio)$/.test(c.type))));
  }

  // The wording of a checkbox whose own label holds only the box it draws (an
  // icon), set in a label or text after the wrappers around it (Novo Elements'
  // consent box): the first text after it, climbing wrappers that hold no other
  // control.
  function textAfterWrappers(el) {
    let node = el;
    for (let depth = 0; node && depth < 10; depth++, node = node.parentElement) {
      if (node !== el && holdsAnotherControl(node, el)) return '';
      const text = textAfter(node);
      if (text) return text;
      if (node.parentElement && node.parentElement.matches('form, body, fieldset')) return '';
    }
    return '';
  }

  // A list box drawn as a button shows its placeholder there while nothing is
  // chosen (Carbon's Dropdown: "Choose an option", or the page's "Select a
  // degree"): a prompt is no choice. An option worded with the same verb ("Choose
  // not to disclose") is one.
  const SHOWN_PROMPT = /^(please\s+)?(select|choose|pick)(\s+(a|an|the|your|one))?(\s+[\p{L}\p{N}'’/-]+){0,3}\s*[.…:]*$/iu;
  const PROMPT_REFUSAL = /\b(not|no|decline|wish|prefer)\b/i;
  // What a list button shows as its choice. A phone's country picker drawn as
  // a flag (intl-tel-input's selected flag, Typeform's phone field, react-phone-
  // number-input) shows no word at all, only the flag and a chevron: its choice
  // is in its name, "United States: +1".
  // A combobox drawn as an empty focus target beside the text of its choice
  // (Quasar's QSelect: <span>choice</span><div role=combobox tabindex=0
  // aria-label="the field's label">) shows its choice in the wrapper around it,
  // when that wrapper holds no other control; its name then says which field it
  // is, not what was chosen (the <label> naming it says the same words).
  function shownChoice(el) {
    const shown = withoutOwnLabel(el, textWithoutControls(el));
    if (PROMPT_PLACEHOLDER.test(shown) || (SHOWN_PROMPT.test(shown) && !PROMPT_REFUSAL.test(shown))) return '';
    if (/[\p{L}\p{N}]/u.test(shown)) return shown;
    const beside = choiceBeside(el);
    if (beside) return beside;
    const name = clean(el.getAttribute('aria-label')) || clean(el.getAttribute('title'));
    if (name && labelsFor(el).some((label) => clean(textWithoutControls(label)).includes(name))) return '';
    return name || shown;
  }
  // A widget drawing its label inside itself (Material Components Web's select:
  // the floating label in its anchor, listed in aria-labelledby before the selected
  // text, both inside) shows that label too: it is no part of the choice. Of the
  // parts inside that name it, the last is what it shows (the one value element
  // of Angular Material's "label-id value-id", Select2's face).
  function withoutOwnLabel(el, shown) {
    let rest = clean(shown);
    const inside = labelledBy(el).filter((namer) => el.contains(namer));
    for (const namer of inside.slice(0, -1)) {
      if (showsChosenOption(namer, el)) continue;
      const label = clean(textWithoutControls(namer));
      if (label && rest.startsWith(label)) rest = clean(rest.slice(label.length));
    }
    return rest;
  }
  // (Only for a target with no text at all, in a wrapper that holds no label: a
  // box showing "--" sits in a row whose text is the question.)
  function choiceBeside(el) {
    const wrapper = el.parentElement;
    if (!wrapper || wrapper.tagName === 'LABEL' || clean(el.textContent)) return '';
    if (wrapper.querySelector('label')) return '';
    // The list the control opens, kept beside it while open (intl-tel-input's
    // country list in its flag container), holds its options, not its choice.
    const list = controlledListbox(el);
    if (list && wrapper.contains(list)) return '';
    const others = controlsIn(wrapper).filter((c) => c !== el && isVisible(c));
    if (others.length > 0) return '';
    const shown = textWithoutControls(wrapper);
    const name = clean(el.getAttribute('aria-label'));
    if (name && clean(shown).includes(name)) return '';
    return /[\p{L}\p{N}]/u.test(shown) ? shown : '';
  }

  // Toggle buttons (aria-pressed) are each on or off on their own, as WAI-ARIA
  // draws them, yet pages set a row of them for one choice as well (a Yes / No
  // pair whose buttons unpress each other). A row whose words say it takes several
  // ("Select all that apply", "choose up to 3"; the group's own label, description
  // or the text around it up to the wrapper that holds other boxes) is a multiple
  // choice: its buttons are a checkbox group (the pills of startup ATS forms for
  // skills, locations or interests). A row of role=radio buttons never is.
  const SEVERAL_CHOICES = new RegExp([
    'all that apply', 'check all', 'select all', 'choose all', 'pick all', 'tick all', 'select any',
    'one or more', 'select multiple', 'choose multiple', 'multiple answers', '(?:select|choose|pick) up to',
    'alle zutreffenden', 'mehrfachauswahl', 'mehrere antworten', 'mehrere auswählen',
    'plusieurs réponses', 'plusieurs choix', 'toutes les réponses', 'todas las que', 'varias opciones',
    'più risposte', 'tutte le risposte', 'meerdere antwoorden', 'várias opções', 'todas as que',
    '複数選択', '可多选', '多选'].join('|'), 'i');
  function pressedGroupTakesSeveral(group, members) {
    if (members.some((m) => m.getAttribute('role') === 'radio' || !m.hasAttribute('aria-pressed'))) return false;
    if (group.getAttribute('aria-multiselectable') === 'true') return true;
    let scope = group;
    for (let depth = 0; depth < 4 && scope.parentElement && !scope.parentElement.matches('form, body'); depth++) {
      const up = scope.parentElement;
      const others = [...controlsIn(up), ...up.querySelectorAll(CHOICE_BUTTON_SELECTOR)]
        .filter((c) => !members.includes(c) && c.type !== 'hidden');
      if (others.length > 0) break;
      scope = up;
    }
    const own = members.map((m) => optionLabel(m)).join(' ');
    const words = [textWithoutControls(scope), ...labelledBy(group).map((l) => textWithoutControls(l)), describedText(group)]
      .join(' ');
    return SEVERAL_CHOICES.test(words) && !SEVERAL_CHOICES.test(own);
  }

  function isChoiceButton(el) {
    return el.matches(CHOICE_BUTTON_SELECTOR) && el.tagName !== 'INPUT';
  }

  function choiceSelected(el) {
    if (isToggleWidget(el)) return el.getAttribute('aria-checked') === 'true';
    if (isChoiceButton(el)) return el.getAttribute('aria-pressed') === 'true' || el.getAttribute('aria-checked') === 'true';
    return !!el.checked;
  }

  function optionLabel(input) {
    // An ARIA radio drawn as an empty button (Radix's RadioGroupItem) is named by
    // the <label for> beside it, as any labelable button is; one drawn as an empty
    // box beside its text (Microsoft Forms' choice rows: a role=radio or
    // role=checkbox div over a hidden input, its option text a span beside it) by
    // the element its aria-labelledby names, as WAI-ARIA's radio pattern does.
    if (isChoiceButton(input) || isToggleWidget(input)) {
      return clean(input.getAttribute('aria-label')) || textWithoutControls(input) ||
        clean(labelsFor(input).map(textWithoutControls).join(' ')) ||
        clean(labelledBy(input).map(textWithoutControls).join(' '));
    }
    const labels = labelsFor(input);
    const text = clean(labels.map(textWithoutControls).join(' '));
    return text || clean(input.getAttribute('aria-label')) || matrixColumnHeader(input) || clean(input.value);
  }

  // The text of the elements the control's aria-describedby names.
  function describedText(el) {
    const describedBy = el.getAttribute('aria-describedby');
    if (!describedBy) return '';
    return clean(describedBy.split(/\s+/).map((id) => textWithoutControls(byIdInRoot(el, id))).join(' '));
  }

  // The numbered title a repeated section's row opens with, when it is no
  // heading ("<div class=row-head><span>Position 2</span><button>Remove</button>"):
  // which entry the row is. Looked for as far up as a layout nests a control in
  // its card: grid rows, columns, form items and a date pair's fieldset put a
  // dozen wrappers between them on real pages.
  function repeatedRowTitle(el) {
    for (let node = el.parentElement, depth = 0; node && depth < 12 && node !== document.body; node = node.parentElement, depth++) {
      const head = node.firstElementChild;
      if (!head || head.contains(el) || head.querySelector(CONTROL_SELECTOR)) continue;
      const title = head.firstElementChild && !head.firstElementChild.firstElementChild ? head.firstElementChild : head;
      const text = clean(title.textContent);
      if (text.length <= 40 && /\S\s+\d{1,2}$/.test(text)) return text;
    }
    return '';
  }

  // A section's title drawn as a styled box instead of a heading element, as form
  // builders draw them (Frappe web forms' div.section-head, Bootstrap's
  // div.card-header, Ant Design's ant-card-head-title, panel headings): a box
  // named for a section's, card's or panel's head or title, with a short text
  // and no control of its own. It names only the fields of the box it heads.
  const DRAWN_SECTION_TITLE = /(^|\s)([\w-]*[-_])?(section|card|panel|fieldset|group)[-_]?(head|header|heading|title|head[-_]title)(\s|$)/i;
  function isDrawnSectionTitle(el) {
    if (typeof el.className !== 'string' || !DRAWN_SECTION_TITLE.test(el.className)) return false;
    const text = clean(el.textContent);
    return text.length > 0 && text.length <= 80 && !deepQueryAll(el, CONTROL_SELECTOR).length && isVisible(el);
  }

  // A divider's text heads the fields after it, as a heading does: component
  // libraries draw a form's sections as a rule with a title
  // (Arco Design's span.arco-divider-text, Ant Design's
  // span.ant-divider-inner-text, Element's div.el-divider__text: "教育经历",
  // "工作经历" between the boxes of one form).
  const DIVIDER_TEXT = /(^|\s)[\w-]*divider[-_]+(inner[-_]+)?text(\s|$)/i;
  function isDividerTitle(el) {
    if (typeof el.className !== 'string' || !DIVIDER_TEXT.test(el.className)) return false;
    const text = clean(el.textContent);
    return text.length > 0 && text.length <= 80 && isVisible(el);
  }

  // The nearest box around a heading that holds two fields or more (what the
  // heading heads); none when it heads nothing but the page. Kept per read.
  function boxOfFieldsAround(heading) {
    const boxes = state.headingBoxes || new Map();
    if (boxes.has(heading)) return boxes.get(heading);
    let box = null;
    for (let node = heading.parentElement; node && node !== document.body; node = node.parentElement) {
      const fields = deepQueryAll(node, CONTROL_SELECTOR).filter((c) => c.type !== 'hidden' && !c.hidden);
      if (fields.length >= 2) {
        box = node;
        break;
      }
    }
    boxes.set(heading, box);
    return box;
  }

  // `table`: questionTableName(el), which the field's reading also reports.
  function sectionContext(el, table) {
    const parts = [];
    // The composite field's title first: the group a box's sub-label is a part of
    // ("Name" for "First").
    const composite = compositeTitle(el);
    if (composite) parts.push(composite.text);
    // Its fieldsets' legends, innermost first: a date pair's "Start Date" inside
    // an entry's "Position 2".
    for (let fieldset = el.closest('fieldset'); fieldset && parts.length < 3;
      fieldset = fieldset.parentElement ? fieldset.parentElement.closest('fieldset') : null) {
      const legend = fieldset.querySelector('legend');
      if (legend) parts.push(clean(legend.textContent));
    }
    // The labelled groups around it, innermost first ("Work Experience 2").
    for (let group = el.parentElement ? el.parentElement.closest('[role="group"][aria-labelledby], [role="group"][aria-label]') : null;
      group && parts.length < 3;
      group = group.parentElement ? group.parentElement.closest('[role="group"][aria-labelledby], [role="group"][aria-label]') : null) {
      const name = accessibleNameOfGroup(group);
      if (name) parts.push(name);
    }
    // The table of questions it is a row of ("Weekly availability" for "Monday").
    if (table) parts.push(table);
    const row = repeatedRowTitle(el);
    if (row) parts.push(row);
    const described = describedText(el);
    if (described) parts.push(described);
    // The nearest heading above the control in document order. Not a legend: its
    // own fieldsets' are named above, and another fieldset's names only that one
    // (a "Started" date pair's legend is no heading of the box after it, and the
    // section heading over the pair, SEEK's "Career history", says whose date).
    const headings = deepQueryAll(document, 'h1, h2, h3, h4, [role="heading"], [class*="head"], [class*="title"], [class*="Head"], [class*="Title"], [class*="divider"]');
    let nearest = null;
    // The cheap tests first: this runs for every field of every read.
    for (const heading of headings) {
      if (!(heading.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING)) continue;
      // A drawn title heads the box it opens (the section, the card), not what follows it.
      if (!/^H[1-4]$/.test(heading.tagName) && !heading.matches('[role="heading"]') && !isDividerTitle(heading) &&
        !(heading.parentElement && heading.parentElement.contains(el) && isDrawnSectionTitle(heading))) continue;
      // Material UI's outlined box draws its border as a fieldset whose legend
      // repeats the box's label, hidden from screen readers: decoration.
      if (heading.closest('[aria-hidden="true"]')) continue;
      // A heading inside a box of fields of its own (a repeated entry's card,
      // "Job 1" over its employer and dates) names that box's fields, not the
      // questions after the box.
      const box = boxOfFieldsAround(heading);
      if (box && !box.contains(el)) continue;
      // An error summary's "There is a problem" heading, written into every
      // server-rendered question page (Oleeo, GOV.UK) and hidden until a check
      // fails, then shown as an alert: a message about the fields, no section of
      // them. Hidden, it is not what the person reads above the field either.
      if (heading.closest('[role="alert"], [role="alertdialog"]') || heading.getClientRects().length === 0) continue;
      nearest = heading;
    }
    if (nearest) parts.push(clean(nearest.textContent));
    return clip(parts.filter(Boolean).join(' | '));
  }

  // A unit or currency drawn beside a box ("$", "k€", "%", "/ an"): a few
  // characters, not a sentence, and not only a required mark.
  function isUnitText(text) {
    return text.length <= 6 && !!stripRequiredMarks(text);
  }
  // Whether `node` is drawn in the row of the box whose rectangle is `box`.
  function inRowOf(node, box) {
    const rect = node.getBoundingClientRect();
    return rect.height > 0 && rect.top < box.bottom && rect.bottom > box.top;
  }

  // The words a page writes beside a control to say what it takes ("US dollars,
  // numbers only (e.g. 120000)", "TT.MM.JJJJ"): its aria-describedby text, else the
  // text-only siblings around it, as far up as the wrapper holds only this field's
  // controls (Bootstrap's .form-text, a hint div under the box). Not the label.
  function hintText(el, members, label) {
    // ARIA radios are described as a group: the radiogroup's aria-describedby
    // (Shoelace's sl-radio-group points its fieldset at its help text).
    const radioGroup = el.matches('[role="radio"]') ? closestAcrossShadow(el, 'fieldset, [role="radiogroup"]') : null;
    const described = describedText(el) || (radioGroup ? describedText(radioGroup) : '');
    const own = new Set(members.length ? members : [el]);
    // Controls count wherever they are drawn from: a web component's sit in its
    // shadow root (a sibling sl-input is a field, not a hint), a widget's hidden
    // validation box is none.
    const ownsOnly = (node) => deepQueryAll(node, CONTROL_SELECTOR)
      .every((control) => own.has(control) || control.type === 'hidden' || control.hidden);
    const holdsControl = (node) => node.matches(CONTROL_SELECTOR) ||
      deepQueryAll(node, CONTROL_SELECTOR + ', ' + CHOICE_BUTTON_SELECTOR).some((c) => !c.hidden && c.type !== 'hidden');
    const comparable = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const labelWords = comparable(label);
    const parts = [];
    const beside = [];  // the parts drawn in the box's own row
    const box = el.getBoundingClientRect();
    let node = el;
    while (members.length > 1 && node.parentElement && !members.every((m) => node.contains(m))) node = node.parentElement;
    for (let level = 0; node && node.parentElement && level < 3; level++) {
      const parent = node.parentElement;
      if (!ownsOnly(parent)) break;
      for (const sibling of parent.children) {
        if (sibling === node || sibling.tagName === 'LABEL' || sibling.tagName === 'LEGEND') continue;
        if (holdsControl(sibling)) continue;
        const text = clean(textWithoutControls(sibling));
        const unit = isUnitText(text) && !described.includes(text) && inRowOf(sibling, box);
        if (unit) beside.push(text);
        const words = comparable(stripRequiredMarks(text));
        // A currency sign drawn before or after the box in its row ("$" before a
        // Zoho Forms Currency field or a Bootstrap input-group) has no words, yet
        // says what the box takes.
        if (!words && unit && /^\p{Sc}+$/u.test(text)) parts.push(text);
        if (!words) continue;
        if (labelWords && (labelWords.includes(words) || words.includes(labelWords))) {
          // The label's own line may go on with a hint after the label (a table-laid
          // form's "<td><label>Desired salary</label> <span>Numbers only</span></td>").
          const rest = words !== labelWords ? textBesideLabel(sibling, labelWords) : '';
          if (rest) parts.push(rest);
          continue;
        }
        parts.push(text);
      }
      node = parent;
    }
    // A unit drawn beside the box, in its row ("k€", "%", "/ an": Angular
    // Material's matTextSuffix, MUI's InputAdornment, Bootstrap's input-group-text),
    // says what the box takes as much as the hint it points at: a few characters,
    // not a sentence that happens to run beside it.
    if (described) return clip([described, ...beside].join(' | '));
    return clip(parts.join(' | '));
  }

  // What a label's line holds besides the label and its mark: the text of its
  // other parts, '' when none.
  function textBesideLabel(line, labelWords) {
    const comparable = (text) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const textOf = (part) => part.nodeType === Node.TEXT_NODE ? part.textContent : textWithoutControls(part);
    const rest = Array.from(line.childNodes).filter((part) => {
      if (part.nodeType === Node.ELEMENT_NODE && (part.tagName === 'LABEL' || isRequiredMark(part))) return false;
      if (part.nodeType !== Node.TEXT_NODE && part.nodeType !== Node.ELEMENT_NODE) return false;
      const words = comparable(textOf(part));
      return !!words && !labelWords.includes(words);
    }).map(textOf).join(' ');
    const text = clean(stripRequiredMarks(clean(rest)));
    return comparable(text) ? text : '';
  }

  // The language the control is written in: the nearest lang attribute, across
  // shadow roots, else the document's.
  function languageOf(el) {
    for (let node = el; node;) {
      if (node.nodeType === Node.ELEMENT_NODE && node.getAttribute('lang')) return node.getAttribute('lang').toLowerCase();
      node = node.parentNode || (node instanceof ShadowRoot ? node.host : null);
    }
    return (document.documentElement.getAttribute('lang') || '').toLowerCase();
  }

  function validationMessage(el) {
    const describedBy = el.getAttribute('aria-errormessage') || el.getAttribute('aria-describedby');
    if (el.getAttribute('aria-invalid') === 'true' && describedBy) {
      const text = clean(describedBy.split(/\s+/).map((id) => textWithoutControls(byIdInRoot(el, id))).join(' '));
      if (text) return clip(text);
    }
    const near = nearErrorBox(el);
    if (near) return clip(textWithoutControls(near));
    if (userInvalid(el)) return clip(el.validationMessage);
    return '';
  }

  // ARIA's date picker combobox is a box a date is typed into (or, read-only, a
  // date chosen in the calendar it opens), its popup a calendar and no list of
  // options: the APG's "Date Picker Combobox" and Fluent UI's DatePicker open a
  // dialog, Kendo UI's DatePicker (role=combobox, aria-haspopup=grid) its
  // calendar's grid. A grid popup may also be a list drawn as a grid (Oracle JET's
  // selects), so it counts only where the box shows a date layout: its
  // placeholder or its text ("TT.MM.JJJJ", "dd/mm/yyyy", "MM-DD-YYYY"). (A button
  // with a dialog popup, shadcn/ui's Combobox, opens a popover holding a list.)
  const DATE_LAYOUT = /^(?:(?:dd?|tt?|jj?|mm?|yyyy|yy|jjjj|aaaa|aa)[./\- ]?){3}$/i;
  function opensCalendar(el) {
    const popup = el.getAttribute('aria-haspopup');
    if (el.tagName !== 'INPUT' || (popup !== 'grid' && popup !== 'dialog')) return false;
    if (popup === 'dialog') return true;
    return [el.getAttribute('placeholder'), el.value].some((text) => DATE_LAYOUT.test(clean(text).replace(/\s+/g, '')));
  }

  // Whether `other`, focused when `el` was, is the text box `el`'s widget edits in:
  // a visible, writable text input inside the same wrapper, while `el` hid itself.
  function isEditingTwin(el, other) {
    return !!other && other.tagName === 'INPUT' && !other.readOnly &&
      /^(text|search|tel|number|)$/.test((other.getAttribute('type') || '').toLowerCase()) &&
      !!el.parentElement && el.parentElement.contains(other) && isVisible(other) && !isVisible(el);
  }

  function controlKind(el) {
    const tag = el.tagName;
    if (tag === 'SELECT') return 'select';
    if (isToggleWidget(el)) return 'checkbox';
    if (tag === 'TEXTAREA') return 'textarea';
    const listLike = (el.getAttribute('role') === 'combobox' && !opensCalendar(el)) || el.getAttribute('aria-haspopup') === 'listbox';
    if (tag === 'INPUT' && listLike && ['text', 'search', ''].includes((el.getAttribute('type') || '').toLowerCase())) {
      return 'combobox';
    }
    if (tag === 'INPUT') {
      const type = (el.getAttribute('type') || 'text').toLowerCase();
      switch (type) {
        case 'email': return 'email';
        case 'tel': return 'tel';
        case 'url': return 'url';
        case 'number': return 'number';
        case 'date': case 'month': return 'date';
        case 'file': return 'file';
        case 'radio': return 'radio';
        case 'checkbox': return 'checkbox';
        default: return 'text';
      }
    }
    if (listLike) return 'combobox';
    if (el.isContentEditable) return 'contenteditable';
    return 'text';
  }

  // A star after the label, or before it (OpenCATS, Taleo: "*First Name:"); a star
  // the page's CSS draws around the label (Element Plus, Ant Design: `::before`);
  // a group that is required as a whole (a fieldset or radiogroup with
  // aria-required, or whose title carries the mark: groupTitleMarked, which also
  // reads Material UI's FormLabel asterisk, hidden from screen readers).
  function isRequired(el, label) {
    return isRequiredOwn(el, label) || groupTitleMarked(el);
  }

  // Required by a mark of the control's own, not only by its group's title.
  function isRequiredOwn(el, label) {
    return el.required || el.getAttribute('aria-required') === 'true' || /\*\s*$/.test(label) || cardHeadingMarked(el) ||
      /^\s*\*/.test(label) || /\(required\)\s*$/i.test(label) || labelDrawsStar(el) || starAfterLabel(el) || markBeforeLabel(el) || labelIsOnlyStar(el) ||
      labelEndsInMark(el) || wrapperMarkedRequired(el) || ariaLabelEndsRequired(el) ||
      (/^(radio|checkbox)$/.test(el.type) && !!closestAcrossShadow(el, 'fieldset[aria-required="true"], [role="radiogroup"][aria-required="true"], [role="group"][aria-required="true"]'));
  }

  // A dropdown button whose aria-label closes on the required word (Workday: "Phone
  // Device Type Select One Required", "Type d'appareil téléphonique Sélectionnez
  // une valeur Obligatoire"), its label beside it tied to nothing.
  function ariaLabelEndsRequired(el) {
    if (el.getAttribute('aria-haspopup') !== 'listbox') return false;
    const words = clean(el.getAttribute('aria-label')).split(' ');
    return words.length > 1 && isRequiredWord(words[words.length - 1]);
  }

  // The elements that name `el` through aria-labelledby, itself left out.
  function labelledBy(el) {
    return (el.getAttribute('aria-labelledby') || '').split(/\s+/)
      .filter((id) => id && id !== el.id).map((id) => byIdInRoot(el, id)).filter(Boolean);
  }

  // A mark of its own beside a label: a star, or the badge Japanese, Chinese and
  // Korean forms set there instead (必須, 必填, 필수; their optional fields carry
  // 任意 / 选填 / 선택, which marks nothing).
  // The mark's text is what it shows: a star whose tooltip ("Required") stays
  // hidden until hovered (Tally's .tally-required-indicator) is a star.
  // A star may be an image (ASP.NET WebForms and JSP career portals: a
  // required.gif whose alt text is "*" or "Required").
  function isRequiredMark(node) {
    if (!node || node.matches(CONTROL_SELECTOR) || node.querySelector(CONTROL_SELECTOR)) return false;
    if (node.tagName === 'IMG') {
      return isVisible(node) && /^(\*+|required|mandatory)$/i.test(clean(node.getAttribute('alt') || node.getAttribute('title') || ''));
    }
    return /^(\*+|必須|必填|필수)$/.test(shownMarkText(node));
  }
  function shownMarkText(node) {
    let text = '';
    const walk = (n) => {
      if (n.nodeType === Node.TEXT_NODE) {
        text += n.textContent;
        return;
      }
      if (n.nodeType !== Node.ELEMENT_NODE) return;
      if (n !== node) {
        const style = getComputedStyle(n);
        if (style.display === 'none' || style.visibility === 'hidden') return;
      }
      for (const child of n.childNodes) walk(child);
    };
    walk(node);
    return clean(text);
  }

  // The mark set right after the label rather than inside it
  // ("<label for=x>Name</label> <span class="req">*</span>", "<label>氏名</label>
  // <span class="badge">必須</span>"), or after the element that names the control
  // by aria-labelledby (an upload drop zone's title).
  function starAfterLabel(el) {
    const tied = [...labelsFor(el), ...labelledBy(el)];
    if (tied.length > 0) return tied.some((namer) => isRequiredMark(namer.nextElementSibling));
    // A loose label (a <label> without for, a <div>) in a form's label column
    // beside the box, the mark after it in the same cell ("<div class=label-col>
    // <label>Anrede</label> <span>*</span></div>"), as two-column server-rendered
    // forms draw it: the mark follows the text that names the box, or ends the
    // cell that holds that text.
    if (el.type === 'radio' || el.type === 'checkbox' || el.getAttribute('aria-label')) return false;
    const namer = nearbyNamer(el);
    if (isCompositeTitleOf(namer, el)) return false;
    return !!namer && (isRequiredMark(namer.node.nextElementSibling) || isRequiredMark(namer.node.lastElementChild));
  }

  // The mark set before the label, in the label's own cell or line ("<td><span
  // class="req">*</span> <label for=x>Name</label></td>", a star image before a
  // gateway question's text, as table-laid ASP.NET and JSP portals draw it), or
  // before a box that its label follows ("* [ ] I accept the privacy policy"). A
  // mark right after another control is that control's.
  function markBeforeLabel(el) {
    const before = (node) => {
      const mark = node.previousElementSibling;
      if (!isRequiredMark(mark)) return false;
      const prior = mark.previousElementSibling;
      return !prior || !(prior.matches(CONTROL_SELECTOR) || prior.querySelector(CONTROL_SELECTOR));
    };
    const namers = [...labelsFor(el), ...labelledBy(el)].filter((namer) => !namer.contains(el));
    if (el.type === 'checkbox' && before(el)) return true;
    if (namers.some(before)) return true;
    if (namers.length > 0 || el.type === 'radio' || el.type === 'checkbox' || el.getAttribute('aria-label')) return false;
    // A loose label (a <div> over or beside the box) may hold the mark first,
    // before its words; a note about the marks ("* Required fields") names no field.
    const namer = nearbyNamer(el);
    if (!namer || /required|mandatory/i.test(namer.text) || isCompositeTitleOf(namer, el)) return false;
    const first = Array.from(namer.node.childNodes).find((part) => part.nodeType === Node.ELEMENT_NODE ||
      (part.nodeType === Node.TEXT_NODE && part.textContent.trim()));
    return before(namer.node) || (!!first && first.nodeType === Node.ELEMENT_NODE && isRequiredMark(first));
  }

  // The mark as the label's last element, hidden from screen readers so they do
  // not read "star" ("Email <span aria-hidden="true">*</span>", as Tailwind and
  // shadcn/ui forms and Material UI's FormLabel draw it): the label's text leaves
  // it out, the page still shows it. The label may name the box by its
  // aria-labelledby (a <span> label, React Aria's and Headless UI's Label).
  // A checkbox's label may wrap its words in a span of their own, the mark ending
  // that span ("<label><input type=checkbox> <span>I agree <span aria-hidden=true>*
  // </span></span></label>", as React checkbox components draw it): the mark ends
  // the label when nothing but blanks follows it inside that span.
  function labelEndsInMark(el) {
    const endsInMark = (label) => {
      let node = label;
      for (let depth = 0; depth < 3 && node; depth++) {
        const last = node.lastElementChild;
        if (last === null || last.matches(CONTROL_SELECTOR) || last.querySelector(CONTROL_SELECTOR)) return false;
        let after = '';
        for (let n = last.nextSibling; n && depth > 0; n = n.nextSibling) after += n.textContent || '';
        if (after.trim()) return false;
        if (last.getAttribute('aria-hidden') === 'true') return isRequiredMark(last);
        node = last;
      }
      return false;
    };
    const tied = [...labelsFor(el), ...labelledBy(el)];
    if (tied.length > 0) return tied.some(endsInMark);
    // A loose label above the box (a <div>: form builders' field labels, an
    // upload's title over its drop zone) marks it the same way.
    if (el.type === 'radio' || el.type === 'checkbox' || el.getAttribute('aria-label')) return false;
    const namer = nearbyNamer(el);
    return !!namer && !isCompositeTitleOf(namer, el) && endsInMark(namer.node);
  }

  // A control in a group whose title carries the mark: boxes named only by their
  // part ("姓" / "名", "年" / "月" / "日") under "氏名 必須" or "生年月日 必須", a
  // fieldset whose legend ends in it. The nearest group decides: a work-history
  // fieldset without the mark leaves its optional boxes optional, and a box that
  // qualifies the group's other controls ("現在も在籍中" beside the end date) is
  // not itself required. A group whose controls carry marks of their own says
  // per control what is required ("Address *" over a required street and an
  // optional "Apt, suite"): its title's mark is for the group, not each box.
  // A group with no title of its own (Element UI's el-radio-group, a role=radiogroup
  // div inside the fieldset whose legend asks the question) leaves it to the group
  // around it.
  function groupTitleMarked(el) {
    // A composite field's loose title marks its boxes as a legend does, unless a
    // box carries a mark of its own.
    const composite = compositeTitle(el);
    if (composite) {
      const title = composite.node;
      const wrapper = title.parentElement;
      const members = wrapper ? deepQueryAll(wrapper, CONTROL_SELECTOR).filter((c) => c !== el && isVisible(c)) : [];
      if (members.some((c) => c.required || c.getAttribute('aria-required') === 'true')) return false;
      if (isRequiredMark(title.nextElementSibling) || isRequiredMark(title.lastElementChild)) return true;
    }
    // A table of questions the page names as one (a weekly availability grid: a
    // select per weekday under "Availability *") is such a group too; a table
    // nothing names only lays the form out.
    const GROUP = 'fieldset, [role="group"], [role="radiogroup"], table, [role="grid"], [role="table"]';
    for (let group = closestAcrossShadow(el, GROUP); group;
      group = group.parentElement ? closestAcrossShadow(group.parentElement, GROUP) : null) {
      const table = questionTableTitles(group);
      if (table && table.length === 0) continue;
      const members = controlsIn(group);
      if (el.type === 'checkbox' && members.some((c) => c.type !== 'checkbox')) return false;
      if (members.some((c) => c.required || c.getAttribute('aria-required') === 'true' || starAfterLabel(c))) return false;
      const legend = group.tagName === 'FIELDSET' ? group.querySelector(':scope > legend') : null;
      const named = table || [...labelledBy(group), ...(group.id ? labelsFor(group) : [])];
      const titles = legend ? [legend, ...named] : named;
      if (titles.length > 0 || group.getAttribute('aria-label')) {
        return titles.some((title) => isRequiredMark(title.nextElementSibling) || isRequiredMark(title.lastElementChild));
      }
    }
    return false;
  }

  // The titles of a table (or ARIA grid / table) that names itself: the elements
  // its aria-labelledby lists, else its caption; [] for one with no title (named
  // by an aria-label alone, which carries no mark, or by nothing). null for any
  // other element, and for a table that is one widget of its own (PrimeFaces'
  // selectOneRadio: a role=radiogroup table named by the question it answers).
  function questionTableTitles(node) {
    if (!node.matches('table:not([role]), table[role="grid"], table[role="table"], [role="grid"], [role="table"]')) return null;
    const named = labelledBy(node);
    if (named.length > 0) return named;
    const caption = node.tagName === 'TABLE' ? node.querySelector(':scope > caption') : null;
    return caption ? [caption] : [];
  }

  // The name of the table of questions around `el` ("Weekly availability" over a
  // select per weekday), less its required mark; '' outside a named table.
  function questionTableName(el) {
    const table = el.parentElement ? closestAcrossShadow(el.parentElement, 'table, [role="grid"], [role="table"]') : null;
    const titles = table ? questionTableTitles(table) : null;
    if (!titles) return '';
    const text = titles.length > 0 ? namersText(titles) : clean(table.getAttribute('aria-label'));
    return stripRequiredMarks(text);
  }

  // A control alone under a question card's heading that carries the required
  // mark (Google Forms: a checkbox question of one option, "Privacy *" over "I
  // understand and agree", the box named by its option, not the heading). The
  // mark is one of the heading's own elements, not always its last: Microsoft
  // Forms puts a screen-reader note of the question's type after it. A matrix of
  // radio rows under the heading (Microsoft Forms' Likert, a Google Forms grid
  // that requires a response in each row) is one question: each row shares the
  // heading's mark.
  function cardHeadingMarked(el) {
    const heading = cardHeading(el);
    return !!heading && Array.from(heading.children).some(isRequiredMark);
  }

  // The heading of the question card `el` answers alone: the nearest heading
  // before it, climbing wrappers that hold no other control (a radio matrix's
  // rows answer one card together; an upload button's own hidden file input is
  // no other control). null where another control stands between.
  function cardHeading(el) {
    const self = radioMatrixOf(el) || el;
    const upload = el.tagName !== 'INPUT' && el.matches(BUTTON_SELECTOR);
    const another = (node) => deepQueryAll(node, CONTROL_SELECTOR).some((c) => c !== self && !self.contains(c) &&
      !(self.name && c.name === self.name) && !(upload && c.type === 'file') &&
      (isVisible(c) || (c.tagName === 'INPUT' && /^(file|checkbox|radio)$/.test(c.type))));
    let node = self;
    for (let depth = 0; node && depth < 8; depth++, node = node.parentElement) {
      if (node.parentElement && node.parentElement.matches('form, body')) return null;
      if (node !== self && another(node)) return null;
      for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) {
        if (sibling.matches(CONTROL_SELECTOR) || sibling.querySelector(CONTROL_SELECTOR)) return null;
        const heading = sibling.matches(HEADING_SELECTOR) ? sibling : sibling.querySelector(HEADING_SELECTOR);
        if (heading) return heading;
      }
    }
    return null;
  }

  // The title of the question card an upload answers alone (Microsoft Forms' file
  // question: the heading, a note of the file limits, then the button over a
  // hidden file input): the heading names the question, the note between only
  // describes the files it takes. Question cards draw their titles as ARIA
  // headings (Microsoft Forms, Google Forms); a page's own h2 over a section of
  // uploads names the section, not the one upload in it. What the heading shows,
  // less a screen-reader-only note and the required mark; '' outside such a card.
  function questionCardTitle(el) {
    const heading = cardHeading(el);
    if (!heading || !heading.matches('[role="heading"]')) return '';
    return stripRequiredMarks(clean(Array.from(heading.childNodes).map((part) =>
      part.nodeType === Node.ELEMENT_NODE && isScreenReaderOnly(part) ? '' : textWithoutControls(part)).join(' ')));
  }

  // The table or grid of radio rows a radio belongs to: one holding only radios,
  // in two or more groups (a row each). null for any other radio or control.
  function radioMatrixOf(el) {
    if (el.type !== 'radio' && el.getAttribute('role') !== 'radio') return null;
    const matrix = el.closest('table, [role="grid"], [role="table"]');
    if (!matrix) return null;
    const controls = deepQueryAll(matrix, CONTROL_SELECTOR + ', ' + CHOICE_BUTTON_SELECTOR)
      .filter((c) => c.type !== 'hidden');
    if (!controls.every((c) => c.type === 'radio' || c.getAttribute('role') === 'radio')) return null;
    const rows = new Set(controls.map((c) => c.name || c.closest('[role="radiogroup"]')));
    return rows.size >= 2 ? matrix : null;
  }

  // A mark the page gives by class to the wrapper of one control alone, where the
  // only visible mark is an icon (Novo Elements' "required" container and
  // required-indicator icon; Bootstrap and Drupal forms' "form-group required";
  // Arco Design's form item: an SVG star in
  // strong.arco-form-item-label-required-symbol inside its label column, beside the
  // column holding the control): the nearest wrappers holding no other control
  // decide.
  const REQUIRED_CLASS = /^(required|is-required|required-field|field-required|mandatory|is-mandatory)$/i;
  const REQUIRED_ICON_CLASS = /(^|[-_])required[-_](indicator|icon|mark|marker|symbol)$/i;
  function wrapperMarkedRequired(el) {
    const tokens = (node) => (node.getAttribute('class') || '').split(/\s+/);
    let node = el.parentElement;
    for (let depth = 0; node && depth < 8 && !node.matches('form, body, fieldset'); depth++, node = node.parentElement) {
      if (holdsAnotherControl(node, el)) return false;
      if (tokens(node).some((t) => REQUIRED_CLASS.test(t))) return true;
      if (Array.from(node.querySelectorAll('[class*="required" i]')).some((mark) =>
        !mark.contains(el) && tokens(mark).some((t) => REQUIRED_ICON_CLASS.test(t)) && isVisible(mark))) return true;
    }
    return false;
  }

  function labelIsOnlyStar(el) {
    return labelsFor(el).some((label) => /^\*+$/.test(clean(textWithoutControls(label, el))));
  }

  // The star a stylesheet draws after (or before) the label. The label may name
  // the control by aria-labelledby, as a web component's does from its shadow
  // root (Shoelace draws `*` after the label of a required sl-select's combobox
  // and of a required sl-radio-group's radiogroup, whose radios are its slotted
  // children). A radio group's legend draws it for the group (Drupal's radios:
  // `legend > span.fieldset-legend.form-required`, the star its `::after`).
  function labelDrawsStar(el) {
    const group = el.matches(CHOICE_BUTTON_SELECTOR) || el.type === 'radio'
      ? closestAcrossShadow(el, 'fieldset, [role="radiogroup"]') : null;
    const legend = group && group.tagName === 'FIELDSET' ? group.querySelector(':scope > legend') : null;
    const namers = [...labelsFor(el), ...labelledBy(el), ...(group ? labelledBy(group) : []),
      ...(legend ? [legend, ...legend.querySelectorAll('*')] : [])];
    return namers.some((label) => ['::before', '::after'].some((pseudo) =>
      /^"\s*\*\s*"$/.test(getComputedStyle(label, pseudo).content)));
  }

  function stripRequiredMarks(label) {
    return clean(label.replace(/\s*\*+\s*$/, '').replace(/^\s*\*+\s*/, '').replace(/\s*\(required\)\s*$/i, '')
      .replace(/\s+(必須|必填|필수)$/, ''));
  }

  // Locators: how a control is found again after the page re-rendered it. A
  // framework that replaces nodes (a keyed re-render) or a whole form keeps what a
  // person sees and what the server receives — the control's kind, name, label,
  // the shadow hosts around it — while node identity and generated ids change.
  const GONE = 'the control is no longer on the page';

  // An id a framework or a build generated (React's useId ":r3:", counters such
  // as "input-1043" or a last part of one or two digits after words, which
  // component libraries advance on every render: "rc_select_12", "mui-3",
  // "basic_name_7"; random tokens such as "fld-a8k2j9") names nothing stable: ''
  // for those, the id itself otherwise. (An "address_line_1" goes too: its name
  // and label still find it.)
  function stableId(id) {
    if (!id) return '';
    if (id.includes(':') || /\d{3,}/.test(id) || /[a-z][-_.]\d{1,2}$/i.test(id)) return '';
    for (const token of id.split(/[-_.]/)) {
      const digits = (token.match(/\d/g) || []).length;
      if (token.length >= 5 && digits >= 2 && /[a-z]/i.test(token)) return '';
      if (/^[0-9a-f]{8,}$/i.test(token)) return '';
    }
    return id;
  }

  // The shadow hosts around `el`, outermost first ("my-form#apply > x-field").
  function shadowHosts(el) {
    const hosts = [];
    for (let root = el.getRootNode(); root && root.host; root = root.host.getRootNode()) {
      const id = stableId(root.host.id);
      hosts.unshift(root.host.tagName.toLowerCase() + (id ? '#' + id : ''));
    }
    return hosts.join(' > ');
  }

  // Under `inert` (what a page sets behind its modal dialog) the browser takes no
  // typing or click: nothing there can be acted on until the page lifts it.
  const isInert = (el) => !!closestAcrossShadow(el, '[inert]');

  // The modal dialog open over the page, if any (the last one opened is on top):
  // while it shows, a person can act only inside it, whatever the page behind
  // left clickable.
  function openModal() {
    const modals = deepQueryAll(document, '[role="dialog"], [role="alertdialog"], dialog[open]')
      .filter((d) => isVisible(d) && (d.tagName === 'DIALOG' ? d.matches(':modal')
        : d.getAttribute('aria-modal') === 'true' || overBackdrop(d)));
    return modals.length > 0 ? modals[modals.length - 1] : null;
  }
  // A dialog that does not say it is modal (LinkedIn's Easy Apply modal, many
  // hand-written ones) but is shown over a backdrop: the viewport's corners
  // outside it are covered by one element that spans the whole viewport and
  // holds no control of its own besides the dialog. (A chat widget's dialog in a
  // corner has none; an app's full-screen root holds the page's controls.)
  function overBackdrop(dialog) {
    const box = dialog.getBoundingClientRect();
    const corners = [[1, 1], [innerWidth - 2, 1], [1, innerHeight - 2], [innerWidth - 2, innerHeight - 2]]
      .filter(([x, y]) => x < box.left || x > box.right || y < box.top || y > box.bottom);
    if (corners.length === 0) return false;
    const spansViewport = (el) => {
      const r = el.getBoundingClientRect();
      return r.left <= 1 && r.top <= 1 && r.right >= innerWidth - 1 && r.bottom >= innerHeight - 1;
    };
    return corners.every(([x, y]) => {
      const hit = document.elementFromPoint(x, y);
      if (!hit || insideAcrossShadow(hit, dialog)) return false;
      let cover = null;
      for (let el = hit; el && el !== document.body && el !== document.documentElement; el = el.parentElement) {
        const position = getComputedStyle(el).position;
        if ((position === 'fixed' || position === 'absolute') && spansViewport(el)) { cover = el; break; }
      }
      if (!cover) return false;
      return Array.from(cover.querySelectorAll('input, select, textarea, button, a[href], [role="button"]'))
        .every((control) => insideAcrossShadow(control, dialog) || !isVisible(control));
    });
  }
  function insideAcrossShadow(el, container) {
    for (let node = el; node; node = node.parentElement || (node.getRootNode() && node.getRootNode().host)) {
      if (node === container) return true;
    }
    return false;
  }
  const unreachable = (el, modal) => isInert(el) || (!!modal && !insideAcrossShadow(el, modal));

  // Whether a control belongs to the site's chrome (a job board's global search
  // box in its top bar, LinkedIn's among them), not to any application; a dialog
  // is content wherever the page mounted it.
  function inSiteChrome(el) {
    if (closestAcrossShadow(el, '[role="dialog"], [role="alertdialog"], dialog')) return false;
    if (closestAcrossShadow(el, SITE_CHROME_SELECTOR)) return true;
    const header = closestAcrossShadow(el, 'header');
    return !!header && !(header.parentElement && header.parentElement.closest(SECTIONING_SELECTOR));
  }

  // The nearest element matching `selector` from `el` up, as the page draws them
  // (the flat tree): a slotted element sits in its slot inside the host's shadow
  // root before it sits in the host, so a web component's radio (Shoelace's
  // sl-radio, a child of sl-radio-group) is inside the role=radiogroup fieldset
  // the group draws around its slot.
  function closestAcrossShadow(el, selector) {
    for (let node = el; node; node = drawnParent(node)) {
      if (node.nodeType === Node.ELEMENT_NODE && node.matches(selector)) return node;
    }
    return null;
  }
  function drawnParent(node) {
    if (node.assignedSlot) return node.assignedSlot;
    if (node.parentElement) return node.parentElement;
    const root = node.getRootNode();
    return root && root !== node && root.host ? root.host : null;
  }

  function fieldLocator(entry, kind, label) {
    const el = entry.el;
    return {
      hosts: shadowHosts(el),
      tag: el.tagName.toLowerCase(),
      type: (el.getAttribute('type') || '').toLowerCase(),
      role: el.getAttribute('role') || '',
      kind,
      name: el.getAttribute('name') || '',
      id: stableId(el.id),
      label,
    };
  }

  const LOCATOR_PARTS = ['hosts', 'tag', 'type', 'role', 'kind', 'name', 'id', 'label', 'text'];
  const signatureOf = (locator, parts) => JSON.stringify(parts.map((p) => locator[p] || ''));
  const locatorKey = (locator) => signatureOf(locator, LOCATOR_PARTS) + '#' + (locator.ordinal || 0);

  // Numbers locators that describe alike (two "Company" boxes of two entries):
  // the position within that group tells them apart.
  function numberLocators(locators) {
    const seen = new Map();
    for (const locator of locators) {
      const signature = signatureOf(locator, LOCATOR_PARTS);
      locator.ordinal = seen.get(signature) || 0;
      seen.set(signature, locator.ordinal + 1);
    }
  }

  // The candidate `wanted` describes: all its parts alike first; failing that, the
  // same name and stable id (a label that gained an error text), then the same
  // label (a name the framework regenerated). Among several alike, its position.
  function pickByLocator(candidates, locators, wanted) {
    const tiers = [
      LOCATOR_PARTS,
      (wanted.name || wanted.id) ? ['hosts', 'tag', 'kind', 'name', 'id'] : null,
      (wanted.label || wanted.text) ? ['hosts', 'tag', 'kind', 'label', 'text'] : null,
    ];
    for (const parts of tiers) {
      if (!parts) continue;
      const signature = signatureOf(wanted, parts);
      const alike = candidates.filter((_, i) => signatureOf(locators[i], parts) === signature);
      if (alike.length === 1) return alike[0];
      if (alike.length > 1) return alike[wanted.ordinal || 0] || null;
    }
    return null;
  }

  function relocateField(wanted) {
    const entries = collectEntries();
    const locators = entries.map((e) => fieldLocator(e, entryKind(e), stripRequiredMarks(entryLabel(e).text)));
    numberLocators(locators);
    return pickByLocator(entries, locators, wanted);
  }

  function relocateButton(wanted) {
    const buttons = collectButtons();
    const locators = buttons.map((b) => buttonLocator(b.el, b.text));
    numberLocators(locators);
    const found = pickByLocator(buttons, locators, wanted);
    return found ? found.el : null;
  }

  // Ionic's ion-select (public and stable: github ionic-team/ionic-framework,
  // core/src/components/select): its shadow root covers the label and the shown
  // choice with one button, and a click opens the options in an overlay appended
  // to the app — an ion-alert of radio buttons confirmed with its OK button, an
  // ion-popover radio list or an ion-action-sheet, every option of each marked
  // with the class select-interface-option. The choices are the
  // ion-select-option elements the select holds; the shown choice is its
  // documented shadow part "text" (the prompt is part "placeholder"). The
  // button is the field.
  const OVERLAY_SELECT_SELECTOR = 'ion-select';
  const OVERLAY_OPTION_SELECTOR = '.select-interface-option';
  function overlaySelectOptions(host) {
    const shown = overlaySelectShown(host);
    return Array.from(host.querySelectorAll('ion-select-option')).map((o) => {
      const label = clean(o.textContent);
      return { label, value: o.hasAttribute('value') ? o.getAttribute('value') : label,
               selected: !!shown && label === shown, submenu: false, disabled: o.hasAttribute('disabled') };
    });
  }
  function overlaySelectShown(host) {
    const text = host.shadowRoot && host.shadowRoot.querySelector('[part~="text"]');
    return text ? clean(text.textContent) : '';
  }
  // The options of the overlay a select opened: the choices of the dialog open
  // now that does not hold the select.
  function overlayChoices(el) {
    const dialog = dialogBeside(el);
    if (!dialog) return [];
    const marked = deepQueryAll(dialog, OVERLAY_OPTION_SELECTOR).filter(isVisible);
    return marked.length ? marked : deepQueryAll(dialog, '[role="radio"]').filter(isVisible);
  }
  // The button that confirms the choice made in a dialog that stays open after
  // it (the alert's OK beside its Cancel): the one button of the dialog that is
  // neither an option nor marked as the dismissing one (Ionic's role "cancel",
  // drawn as the class alert-button-role-cancel). None when the dialog closed with
  // the choice, or when it offers more than one such button.
  function choiceConfirmButton(el) {
    const dialog = dialogBeside(el);
    if (!dialog) return null;
    const options = (state.options || []).filter((o) => o.isConnected && dialog.contains(o));
    if (options.length === 0) return null;
    const inOption = (b) => options.some((o) => o === b || o.contains(b) || b.contains(o));
    const buttons = deepQueryAll(dialog, BUTTON_SELECTOR).filter((b) => isVisible(b) && !b.disabled &&
      !inOption(b) && !b.matches(CHOICE_BUTTON_SELECTOR + ', ' + OVERLAY_OPTION_SELECTOR) &&
      !/cancel|dismiss|close/i.test((b.getAttribute('class') || '') + ' ' + (b.getAttribute('data-role') || '')));
    return buttons.length === 1 ? buttons[0] : null;
  }
  // The node of the page's own tree `node` is drawn in: itself, or the host of the
  // shadow root holding it.
  function lightAnchor(node) {
    let at = node;
    while (at && at.getRootNode() !== document && at.getRootNode().host) at = at.getRootNode().host;
    return at || node;
  }

  const state = { entries: [], fieldKeys: [], buttons: [], buttonKeys: [] };

  // Every fillable control of the frame as perception groups them (a radio group
  // is one entry), in document order. Touches no state: relocation uses it too.
  function collectEntries() {
    const fields = [];
    const groups = new Map();
    const modal = openModal();
    for (const el of deepQueryAll(document, CONTROL_SELECTOR)) {
      if (el.tagName === 'INPUT' && SKIPPED_INPUT_TYPES.has((el.getAttribute('type') || '').toLowerCase())) continue;
      if (el.disabled || unreachable(el, modal) || inSiteChrome(el)) continue;
      const kind = controlKind(el);
      // File inputs, radios and checkboxes are often visually replaced by styled
      // labels; they count when they or their label can be seen. A parent that is
      // the page itself replaces nothing: an upload library that keeps its file
      // input at the end of <body> (Dropzone's hiddenInputContainer) draws the
      // upload elsewhere, and the input is there before its form is even shown.
      const parent = el.parentElement;
      const pageLevel = !parent || parent === document.body || parent === document.documentElement;
      const visible = isVisible(el) || ((kind === 'file' || kind === 'radio' || kind === 'checkbox') &&
        (labelsFor(el).some(isVisible) || (!pageLevel && isVisible(parent) && !hiddenLikeScreenReaderText(parent))));
      if (!visible) continue;
      // A box hidden from screen readers and left out of the tab order is a
      // widget's store, not a box for a person (Material UI's Select keeps its
      // value in such an input under the button it draws): the widget is the field.
      if (el.tagName === 'INPUT' && kind !== 'file' && kind !== 'radio' && kind !== 'checkbox' &&
          el.getAttribute('aria-hidden') === 'true' && el.tabIndex < 0) continue;
      if (isWidgetStore(el)) continue;
      if (isTypeaheadButton(el)) continue;
      if (fileInputNamedBy(el)) continue;
      // The search box inside a combobox drawn around it (ARIA 1.1's pattern, or a
      // box marked only with aria-haspopup=listbox, as react-select-like widgets
      // do) is the widget's, not a field of its own.
      const widget = el.parentElement && el.parentElement.closest('[role="combobox"], [aria-haspopup="listbox"]');
      if (widget && widget.tagName !== 'INPUT' && widget.tagName !== 'BUTTON') continue;
      if (el.tagName === 'SELECT' && emptyStore(el) && faceOfStore(el)) continue;
      if (el.tagName === 'SELECT' && storedByFace(el)) continue;
      if (isFocusProxy(el)) {
        const face = faceOf(el);
        if (face) {
          const store = storeOfFace(face);
          if (store) fields.push({ kind: 'combobox', el: face, members: [face], focus: el, proxy: store });
          else if (!(face.parentElement || face).querySelector('select')) {
            fields.push({ kind: 'combobox', el: face, members: [face], focus: el });
          }
          continue;
        }
      }
      if (kind === 'radio' || kind === 'checkbox') {
        const name = el.name || '';
        const key = (kind === 'checkbox' && indexedGroupOf(el)) ||
          (name ? kind + ':' + (el.form ? 'f' : 'd') + ':' + name : unnamedGroupOf(el, kind));
        if (key && groups.has(key)) {
          groups.get(key).members.push(el);
          continue;
        }
        const entry = { kind, members: [el], el };
        if (key) groups.set(key, entry);
        fields.push(entry);
        continue;
      }
      // A search box that opens a popover list (glints-aries' searchable Select:
      // Polaris marks it only with aria-expanded) with the choice kept in a hidden
      // input beside it is a combobox, whatever role it lacks.
      if (kind === 'text' && el.tagName === 'INPUT' && el.hasAttribute('aria-expanded')) {
        const store = hiddenInputBeside(el);
        if (store) {
          fields.push({ kind: 'combobox', el, members: [el], store });
          continue;
        }
      }
      if (kind === 'text' && isOtherOptionBox(el)) continue;
      const selectBox = kind === 'text' ? rolelessSelectAround(el) : null;
      if (selectBox) {
        if (!unreachable(selectBox, modal)) {
          fields.push({ kind: 'combobox', el: selectBox, members: [selectBox], drawn: true });
        }
        continue;
      }
      if (kind === 'text' && isRolelessPicker(el)) {
        fields.push({ kind: 'combobox', el, members: [el], drawn: true });
        continue;
      }
      if (kind === 'combobox' && el.tagName !== 'INPUT' && frontsListingSelect(el)) continue;
      const entry = { kind, el, members: [el] };
      if (kind === 'combobox' && el.tagName !== 'INPUT') {
        const store = storeBeside(el);
        if (store) entry.proxy = store;
      }
      fields.push(entry);
    }
    for (const el of deepQueryAll(document, MENU_BUTTON_SELECTOR)) {
      if (!isVisible(el) || el.disabled || unreachable(el, modal)) continue;
      const proxy = hiddenSelectBeside(el);
      if (proxy) fields.push({ kind: 'combobox', el, members: [el], proxy });
    }
    for (const el of deepQueryAll(document, POPOVER_BUTTON_SELECTOR)) {
      if (!isVisible(el) || el.disabled || unreachable(el, modal)) continue;
      const store = hiddenInputBeside(el);
      if (store) fields.push({ kind: 'combobox', el, members: [el], store });
    }
    for (const el of deepQueryAll(document, PICKER_BUTTON_SELECTOR)) {
      if (!isVisible(el) || el.disabled || unreachable(el, modal) || !isDatePickerButton(el)) continue;
      fields.push({ kind: 'date', el, members: [el], picker: true });
    }
    for (const host of deepQueryAll(document, DATETIME_BUTTON_SELECTOR)) {
      const el = host.shadowRoot && host.shadowRoot.querySelector('button');
      if (!el || !isVisible(el) || el.disabled || unreachable(el, modal) || inSiteChrome(host)) continue;
      const next = fields.findIndex((f) => host.compareDocumentPosition(lightAnchor(f.el)) & Node.DOCUMENT_POSITION_FOLLOWING);
      fields.splice(next < 0 ? fields.length : next, 0, { kind: 'date', el, members: [el], picker: true, datetimeButton: host });
    }
    for (const host of deepQueryAll(document, OVERLAY_SELECT_SELECTOR)) {
      const el = host.shadowRoot && host.shadowRoot.querySelector('button');
      if (!el || !isVisible(el) || el.disabled || host.hasAttribute('disabled') || unreachable(el, modal) ||
          inSiteChrome(host)) continue;
      const entry = { kind: 'combobox', el, members: [el], overlaySelect: host };
      // (A button marked aria-haspopup=listbox was taken above as a combobox.)
      const taken = fields.findIndex((f) => f.el === el);
      if (taken >= 0) {
        fields[taken] = entry;
        continue;
      }
      const next = fields.findIndex((f) => host.compareDocumentPosition(lightAnchor(f.el)) & Node.DOCUMENT_POSITION_FOLLOWING);
      fields.splice(next < 0 ? fields.length : next, 0, entry);
    }
    // Toggle buttons and ARIA radios answer one question per group (their
    // radiogroup, or else their common parent).
    const choiceGroups = new Map();
    for (const el of deepQueryAll(document, CHOICE_BUTTON_SELECTOR)) {
      if (el.tagName === 'INPUT' || !isVisible(el) || el.disabled || unreachable(el, modal)) continue;
      const group = closestAcrossShadow(el, '[role="radiogroup"]') || el.parentElement;
      if (!choiceGroups.has(group)) choiceGroups.set(group, []);
      choiceGroups.get(group).push(el);
    }
    for (const [group, members] of choiceGroups) {
      if (members.length < 2 && members[0].getAttribute('role') !== 'radio') continue;
      const entry = { kind: pressedGroupTakesSeveral(group, members) ? 'checkbox' : 'radio', el: members[0], members };
      fields.push(entry);
    }
    for (const el of deepQueryAll(document, COLLAPSED_LISTBOX_SELECTOR)) {
      if (!isCollapsedListbox(el) || !isVisible(el) || unreachable(el, modal) || inSiteChrome(el)) continue;
      const next = fields.findIndex((f) => el.compareDocumentPosition(f.el) & Node.DOCUMENT_POSITION_FOLLOWING);
      fields.splice(next < 0 ? fields.length : next, 0, { kind: 'combobox', el, members: [el], listbox: true });
    }
    for (const el of deepQueryAll(document, '[tabindex]')) {
      // (One with a search box of its own was taken where that box was met.)
      if (!isRolelessSelect(el) || rolelessSelectSearchBox(el) || !isVisible(el) || unreachable(el, modal)) continue;
      const next = fields.findIndex((f) => el.compareDocumentPosition(f.el) & Node.DOCUMENT_POSITION_FOLLOWING);
      fields.splice(next < 0 ? fields.length : next, 0, { kind: 'combobox', el, members: [el], drawn: true });
    }
    // Dropzone.js marks the area it opens the file chooser from with `dz-clickable`
    // (its public, stable convention) and keeps the file input in <body>: the area
    // is the upload, named by the label over it.
    for (const el of deepQueryAll(document, DROP_AREA_SELECTOR)) {
      // (An area holding boxes is a whole form made droppable, no upload of its own.)
      if (!isVisible(el) || unreachable(el, modal) || el.querySelector('input, select, textarea')) continue;
      const next = fields.findIndex((f) => el.compareDocumentPosition(f.el) & Node.DOCUMENT_POSITION_FOLLOWING);
      fields.splice(next < 0 ? fields.length : next, 0, { kind: 'file', el, members: [el], upload: true });
    }
    for (const el of deepQueryAll(document, BUTTON_SELECTOR)) {
      if (!isUploadButton(el) || el.disabled || !isVisible(el) || unreachable(el, modal)) continue;
      if (el.closest(DROP_AREA_SELECTOR)) continue;
      const next = fields.findIndex((f) => el.compareDocumentPosition(f.el) & Node.DOCUMENT_POSITION_FOLLOWING);
      fields.splice(next < 0 ? fields.length : next, 0, { kind: 'file', el, members: [el], upload: true });
    }
    groupDateParts(fields);
    return fields;
  }

  // A box hidden the way screen-reader-only text is (marked aria-hidden, or moved
  // past the page's left or top edge where no scrolling reaches, or clipped to a
  // pixel): what it holds shows to nobody. Bot traps (honeypots) are hidden so.
  function hiddenLikeScreenReaderText(el) {
    if (el.getAttribute('aria-hidden') === 'true') return true;
    const rect = el.getBoundingClientRect();
    return rect.right + window.scrollX <= 0 || rect.bottom + window.scrollY <= 0 ||
      (rect.width <= 1 && rect.height <= 1);
  }

  // A typeahead's own open button (Headless UI's Combobox.Button, React Aria's
  // ComboBox button): marked aria-haspopup=listbox and left out of the tab order,
  // in the same small wrapper as the one text box whose list it opens. The box is
  // the field; the button answered as a second one would open the whole list again
  // over the choice already made.
  function isTypeaheadButton(el) {
    if (el.tagName !== 'BUTTON' || el.tabIndex >= 0 || el.getAttribute('aria-haspopup') !== 'listbox') return false;
    let node = el.parentElement;
    for (let depth = 0; node && depth < 2; depth++, node = node.parentElement) {
      const others = controlsIn(node).filter((c) => !el.contains(c));
      if (others.length === 0) continue;
      return others.length === 1 && others[0].tagName === 'INPUT' &&
        (others[0].getAttribute('role') === 'combobox' || others[0].hasAttribute('aria-autocomplete'));
    }
    return false;
  }

  // Text lower-cased as page_words.cpp's LowerText does, for its phrases to be
  // found: Greek without its tonos and dialytika and with final ς as σ, Romanian
  // ș ț as ş ţ, the typographic and the Ukrainian apostrophe as ', combining marks
  // dropped.
  const FOLDED_LETTERS = {
    'ά': 'α', 'έ': 'ε', 'ή': 'η', 'ί': 'ι', 'ΐ': 'ι', 'ϊ': 'ι', 'ό': 'ο', 'ύ': 'υ', 'ΰ': 'υ',
    'ϋ': 'υ', 'ώ': 'ω', 'ς': 'σ', '\u0219': '\u015f', '\u021b': '\u0163', '\u02bc': "'", '\u2019': "'",
  };
  const lowerWords = (text) => text.toLowerCase()
    .replace(/[άέήίΐϊόύΰϋώς\u0219\u021b\u02bc\u2019]/g, (c) => FOLDED_LETTERS[c])
    .replace(/[\u0300-\u036f]/g, '');

  // Whether a button's words hold one of the phrases of a list of
  // page_words.json (globalThis.__applierWords[list]) as whole words.
  function saysWords(list, text) {
    const lowered = lowerWords(clean(text));
    if (!lowered || lowered.length > 40) return false;
    const words = (globalThis.__applierWords && globalThis.__applierWords[list]) || [];
    return words.some((phrase) => {
      const at = lowered.indexOf(phrase);
      if (at < 0) return false;
      const before = at === 0 ? '' : lowered[at - 1];
      const after = lowered[at + phrase.length] || '';
      const joins = (c) => /[\p{L}\p{N}]/u.test(c) && !/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u.test(c);
      return !joins(before) && !joins(after);
    });
  }

  // An upload drawn as a button with no file input beside it: the page makes the
  // input when it is clicked and opens the file chooser from script, or opens an
  // upload dialog (Frappe's "Attach", Uppy's dashboard). The button says so in
  // words of the page's language (page_words.json, given by the C++ side as
  // globalThis.__applierWords) and is the one control of a row that names it; a
  // row that holds a file input is that input's field.
  // A file picker drawn as a read-only text box beside a "Browse" button that
  // holds or covers the real file input: Ext JS's FileField (its label's `for`
  // names the text box; the file input sits in the FileButton, opacity 0),
  // Bootstrap's input-group "Browse" pattern, jQuery-era upload plugins. The box
  // only shows the chosen file's name: the file input is the field, named by the
  // box's label. The pair is the only two controls of the wrapper that holds them.
  function fileNameBox(fileInput) {
    return pairedControl(fileInput, (other) => other.tagName === 'INPUT' && other.readOnly &&
      ['', 'text'].includes((other.getAttribute('type') || '').toLowerCase()));
  }
  function fileInputNamedBy(box) {
    if (box.tagName !== 'INPUT' || !box.readOnly || !['', 'text'].includes((box.getAttribute('type') || '').toLowerCase())) return null;
    return pairedControl(box, (other) => other.matches('input[type="file"]'));
  }
  // The one other control of the nearest wrapper (up to five levels) that holds
  // `el` and exactly one more control, when it fits `fits`.
  function pairedControl(el, fits) {
    let node = el;
    for (let depth = 0; depth < 5 && node.parentElement; depth++) {
      node = node.parentElement;
      if (node.matches('form, body')) return null;
      const controls = controlsIn(node).filter((c) => c !== el &&
        !(c.tagName === 'INPUT' && ['hidden', 'submit', 'button', 'reset', 'image'].includes((c.getAttribute('type') || '').toLowerCase())));
      if (controls.length === 0) continue;
      return controls.length === 1 && fits(controls[0]) ? controls[0] : null;
    }
    return null;
  }

  const saysUpload = (text) => saysWords('upload', text);
  function isUploadButton(el) {
    if (el.tagName === 'IMG' || (el.tagName === 'INPUT' && el.type !== 'button')) return false;
    if ((el.getAttribute('type') || '').toLowerCase() === 'submit') return false;
    if (!saysUpload(buttonText(el))) return false;
    if (closestAcrossShadow(el, NAVIGATION_SELECTOR)) return false;
    let node = el;
    for (let depth = 0; node && depth < 3; depth++) {
      const wrapper = node.parentElement;
      if (!wrapper || wrapper.matches('form, body')) break;
      if (wrapper.querySelector('input[type="file"]')) return false;
      if (holdsAnotherControl(wrapper, el)) break;
      node = wrapper;
    }
    return !!ownLabelAbove(el, true);
  }

  // Dropdowns drawn without ARIA roles, as component libraries older than ARIA's
  // combobox pattern still draw them (Semantic UI's "ui selection dropdown",
  // Bullhorn's Novo Elements, jQuery-era widgets): a box in the tab order that its
  // tag or class names a select or dropdown, holding no control a person types
  // into, whose list of rows appears beside it when clicked. One in the page's
  // navigation or toolbar (a language or account menu) is no field. "Selection"
  // names the box too: Naive UI draws every n-select as div.n-base-selection
  // (n-base-selection-label, -tags, -input), Semantic UI marks its select-like
  // dropdowns "selection".
  const ROLELESS_SELECT_NAME = /(^|[-_\s])(select|selection|dropdown|selectbox|combo)([-_\s]|$)/i;
  // Base Web's Select (baseui) when it is not searchable: the box a person
  // focuses (tabindex 0, named by aria-labelledby or aria-label, aria-owns its
  // list while open, no role of its own) holds only an input marked
  // role=combobox that is hidden from screen readers and the tab order; the
  // choice is drawn beside it. The box is the select.
  function frontsHiddenCombobox(el) {
    if (el.tabIndex < 0 || el.hasAttribute('role') || el.matches(CONTROL_SELECTOR)) return false;
    const inner = el.querySelectorAll(CONTROL_SELECTOR);
    return inner.length === 1 && inner[0].tagName === 'INPUT' && inner[0].getAttribute('role') === 'combobox' &&
      inner[0].getAttribute('aria-hidden') === 'true' && inner[0].tabIndex < 0;
  }
  function isRolelessSelect(el) {
    if (el.hasAttribute('role') || el.matches(CONTROL_SELECTOR) || el.matches(BUTTON_SELECTOR)) return false;
    const search = rolelessSelectSearchBox(el);
    if (!search && el.tabIndex < 0) return false;
    const fronts = !search && frontsHiddenCombobox(el);
    if (!search && !fronts && deepQueryAll(el, CONTROL_SELECTOR + ', ' + BUTTON_SELECTOR).some(isVisible)) return false;
    if (closestAcrossShadow(el, 'nav, header, footer, [role="navigation"], [role="banner"], [role="menubar"], [role="toolbar"], [role="combobox"], [role="listbox"]')) return false;
    if (search || fronts) return true;
    let node = el;
    for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
      if (node !== el && holdsAnotherControl(node, el, CONTROL_SELECTOR + ', [tabindex]')) return false;
      if (ROLELESS_SELECT_NAME.test(node.tagName + ' ' + (node.getAttribute('class') || ''))) return true;
    }
    return false;
  }
  // A dropdown drawn without roles may take its typing in a search box of its own
  // that filters its rows (Semantic UI's and Fomantic-UI's "ui search selection
  // dropdown": the box named a dropdown holds input.search with autocomplete=off,
  // which has the box's place in the tab order, while the choice shows as the box's
  // text and the typing is cleared once a row is chosen). The box is the field;
  // its search box is where it is typed into, no field of its own. Only the box
  // itself naming a dropdown counts, and the search box must be the one control a
  // person sees inside it.
  // Vue libraries draw the same box around an input of their own that carries no
  // ARIA (Arco Design's select view: span.arco-select-view holding
  // input.arco-select-view-input, the choice drawn in a span beside it, the rows
  // in a trigger popup at the end of <body>): read-only, the input only holds the
  // focus and the prompt; editable (allow-search), typing filters the rows, and
  // its own class names it the select's input.
  // Naive UI keeps its search box out of the tab order (input.n-base-selection-input
  // and input.n-base-selection-input-tag__input, tabindex -1: the box takes the
  // focus and hands it on); its own class names it the select's input.
  // A multiple select draws its choices as tags before its search box, one wrapper
  // deeper (Arco Design's select view holding an a-input-tag: the tags and
  // input.arco-input-tag-input in span.arco-input-tag-inner); each tag's remove
  // button, an icon with no words, is part of its choice, no control of the box.
  const TAG_INPUT_NAME = /(^|[-_\s])(input[-_]tags?|tags?[-_]input)([-_\s]|$)/i;
  function rolelessSelectSearchBox(el) {
    if (!ROLELESS_SELECT_NAME.test(el.tagName + ' ' + (el.getAttribute('class') || ''))) return null;
    const shown = deepQueryAll(el, CONTROL_SELECTOR + ', ' + BUTTON_SELECTOR).filter((c) => isVisible(c) &&
      !(c.matches(BUTTON_SELECTOR) && !clean(c.textContent) && closestAcrossShadow(c, '[class*="tag" i]') !== null &&
        el.contains(closestAcrossShadow(c, '[class*="tag" i]'))));
    if (shown.length !== 1) return null;
    const box = shown[0];
    if (box.tagName !== 'INPUT' || box.hasAttribute('role')) return null;
    if (!/^(text|search|)$/.test((box.getAttribute('type') || '').toLowerCase())) return null;
    const own = box.getAttribute('class') || '';
    if (box.tabIndex < 0 && !ROLELESS_SELECT_NAME.test(own)) return null;
    if (box.readOnly) return box;
    return (box.getAttribute('autocomplete') || '').toLowerCase() === 'off' ||
      ROLELESS_SELECT_NAME.test(own) || TAG_INPUT_NAME.test(own) ? box : null;
  }
  // The select box `input` is the one input of: its parent, or for a multiple
  // select's search box beside its tags, its grandparent. Where both are, the outer
  // one is the box: it holds the chosen tags or label beside the search box
  // (Naive UI's n-base-selection-tags around n-base-selection-input-tag).
  // A component framework nests the box deeper: the host element of a select
  // component, a custom element whose own tag names it a select, wraps a trigger
  // that wraps an input component around the input (bob's design system, bob-style:
  // b-single-select > content.panel-trigger > b-input > div.bfe-wrap > input, the
  // rows opened in a cdk overlay). Only such a host counts that far up, and the
  // input must still be the one control a person sees inside it.
  const COMPONENT_SELECT_TAG = /(^|-)(select|dropdown|combo|combobox)$/i;
  function rolelessSelectAround(input) {
    let found = null;
    let box = input.parentElement;
    for (let depth = 0; box && depth < 2; box = box.parentElement, depth++) {
      if (rolelessSelectSearchBox(box) === input && isRolelessSelect(box)) found = box;
    }
    if (found) return found;
    for (let depth = 2; box && depth < 5 && !box.matches('form, body'); box = box.parentElement, depth++) {
      if (!box.tagName.includes('-') || !COMPONENT_SELECT_TAG.test(box.tagName)) continue;
      return rolelessSelectSearchBox(box) === input && isRolelessSelect(box) ? box : null;
    }
    return null;
  }
  // The search box of a picker drawn without roles (Novo Elements' novo-picker
  // inside novo-chips, jQuery UI-era autocompletes): a text box the browser must
  // not complete, which it or a wrapper names chips, a typeahead or an
  // autocomplete. Its matches appear in a list beside it as one types. A
  // read-only box opens a calendar or a list drawn over it, which other rules
  // read; "picker" alone names date pickers as often as lists (Ant Design's
  // ant-picker). Component names may split the words with a hyphen (bob's
  // b-auto-complete, "type-ahead").
  const ROLELESS_PICKER_NAME = /(^|[-_\s])(chips?|type-?ahead|auto-?complete|auto-?suggest|tags?-?input)([-_\s]|$)/i;
  const CALENDAR_NAME = /(^|[-_\s])(date|time|calendar|month|year|colou?r)/i;
  function isRolelessPicker(el) {
    if (el.tagName !== 'INPUT' || el.readOnly || (el.getAttribute('autocomplete') || '').toLowerCase() !== 'off') return false;
    if (suggestionListBeside(el)) return true;
    let node = el;
    for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
      if (node !== el && holdsAnotherControl(node, el)) return false;
      const name = node.tagName + ' ' + (node.getAttribute('class') || '');
      if (CALENDAR_NAME.test(name)) return false;
      if (ROLELESS_PICKER_NAME.test(name)) return true;
    }
    return false;
  }
  // A search written by hand, with no role and no component name (Lever's
  // structured "Current location", place searches over a geocoding API): the box
  // keeps what is typed, the entry picked from the suggestions goes to the one
  // hidden input beside it (a place's name and id), and the suggestions are drawn
  // in a container beside the box that its class names a dropdown or a list of
  // results, as rows with no role. Typed text alone is no answer to such a box:
  // it is a picker, chosen through the rows it draws.
  const SUGGESTION_LIST_NAME = /(^|[-_\s])(dropdown|suggestions?|results|auto-?complete|type-?ahead)([-_\s]|$)/i;
  function suggestionListBeside(el) {
    const parent = el.parentElement;
    if (!parent || !hiddenInputBeside(el)) return null;
    for (const node of parent.children) {
      if (node === el || node.matches(CONTROL_SELECTOR) || node.querySelector(CONTROL_SELECTOR)) continue;
      if (SUGGESTION_LIST_NAME.test(node.getAttribute('class') || '')) return node;
    }
    return null;
  }
  // What a dropdown drawn without roles shows as chosen: its text, less the menu it
  // may hold open over the page and the prompt it shows while empty (a class
  // naming it a placeholder; Semantic UI's "default text"). A label laid over the
  // box itself, positioned but inside its bounds (Naive UI's filterable select
  // shows its choice in div.n-base-selection-overlay over the search box), is the
  // choice; what is positioned beyond the box is a menu.
  const PROMPT_CLASS = /(^|\s)(default|[\w-]*placeholder[\w-]*)(\s|$)/i;
  // The choice a dropdown drawn without roles writes into its own search box
  // (Tally's CustomSelect: the picked option's name becomes the box's value, the
  // list closed), where Semantic UI clears the box and shows the choice as text.
  // While its list is open (drawn inside it, or the box says it is expanded, as
  // react-select's input does over its "Loading..." menu) the box holds what is
  // being typed, no choice.
  function searchBoxChoice(el) {
    const search = rolelessSelectSearchBox(el);
    if (!search) return '';
    const listOpen = search.getAttribute('aria-expanded') === 'true' || deepQueryAll(el, '*').some((node) => {
      const position = getComputedStyle(node).position;
      return (position === 'absolute' || position === 'fixed') && isVisible(node) && rowsOf(node, 1).length > 0;
    });
    return listOpen ? '' : clean(search.value);
  }
  // (A label drawn as a plain element over the box and tied to nothing, found as
  // the field's label by where it sits, names the box as a <label> does.)
  function rolelessChoice(el, ownLabel) {
    const bounds = el.getBoundingClientRect();
    const bare = (text) => clean(text).replace(/[\s*:：]+$/u, '').toLowerCase();
    const label = bare(ownLabel || '');
    const search = rolelessSelectSearchBox(el);
    const namers = search ? [...labelsFor(search), ...(search.getAttribute('aria-labelledby') || '').split(/\s+/)
      .filter(Boolean).map((id) => byIdInRoot(search, id)).filter(Boolean)] : [];
    const overBox = (n) => {
      const r = n.getBoundingClientRect();
      return r.top >= bounds.top - 1 && r.bottom <= bounds.bottom + 1 && r.left >= bounds.left - 1 && r.right <= bounds.right + 1;
    };
    let text = '';
    const walk = (n) => {
      if (n.nodeType === Node.TEXT_NODE) {
        text += n.textContent + ' ';
        return;
      }
      if (n.nodeType !== Node.ELEMENT_NODE || n.matches(CONTROL_SELECTOR) || n.tagName === 'SCRIPT' || n.tagName === 'STYLE') return;
      if (n !== el) {
        const style = getComputedStyle(n);
        if (style.display === 'none' || style.visibility === 'hidden') return;
        if ((style.position === 'absolute' || style.position === 'fixed') && !overBox(n)) return;
        if (PROMPT_CLASS.test(n.getAttribute('class') || '') || n.getAttribute('aria-hidden') === 'true') return;
        // A component that holds its own label and messages around its box
        // (bob-style's b-single-select: label.bfe-label, or a span its search box's
        // aria-labelledby names, over the box; an error under it): what names the
        // box and an alert are no choice.
        if (n.tagName === 'LABEL' || namers.includes(n) || n.getAttribute('role') === 'alert' || isLiveRegionItself(n)) return;
        if (label && bare(textWithoutControls(n)) === label) return;
      }
      for (const child of n.childNodes) walk(child);
    };
    walk(el);
    return clean(text);
  }
  // The rows of the list a dropdown or picker drawn without roles opened: a list
  // drawn over the page (absolutely or fixed positioned) that touches the box above
  // or below and overlaps it sideways, inside the box (Semantic UI) or at the end of
  // <body> (overlay containers). The nearest such list wins; a filtered list may
  // hold a single row.
  function rowsBeside(el) {
    const box = el.getBoundingClientRect();
    let best = [];
    let bestGap = 48;
    for (const node of deepQueryAll(document, '*')) {
      if (node.contains(el) || !isVisible(node)) continue;
      const position = getComputedStyle(node).position;
      if (position !== 'absolute' && position !== 'fixed') continue;
      const rect = node.getBoundingClientRect();
      if (rect.right <= box.left || rect.left >= box.right || rect.height === 0) continue;
      const gap = Math.max(rect.top - box.bottom, box.top - rect.bottom, 0);
      if (gap > bestGap) continue;
      const rows = (lastCascadeColumn(node) || rowsOf(node, 1)).filter((row) => !row.matches('a[href]'));
      if (rows.length === 0 || (gap === bestGap && best.length > 0)) continue;
      best = rows;
      bestGap = gap;
    }
    return best;
  }

  // A cascader's popup (Arco Design's Cascader: a role=menu list per level,
  // each column right of its parent's) shows the level a choice just opened in
  // its last column: those rows are the ones to choose from now, however many
  // more the columns before it hold.
  function lastCascadeColumn(popup) {
    const menus = Array.from(popup.querySelectorAll('[role="menu"]')).filter(isVisible);
    if (menus.length < 2) return null;
    for (let i = menus.length - 1; i >= 0; i--) {
      const rows = rowsOf(menus[i], 1);
      if (rows.length > 0) return rows;
    }
    return null;
  }

  // Radios and checkboxes a component library renders without a name (Ant
  // Design's Radio.Group and Checkbox.Group): one question per group, the nearest
  // wrapper holding several of them. For checkboxes only a wrapper marked as a
  // group counts (fieldset, role=group, named by a label or aria-labelledby, a
  // "…group" class): unnamed checkboxes side by side (terms, newsletter) are
  // separate questions. Checkboxes drawn as ARIA widgets (div[role=checkbox]:
  // Google Forms', Material's, Typeform's multiple selection, Radix and Headless
  // UI checkbox lists) group the same way, and a list whose items are the boxes
  // (role=list, as Google Forms draws a checkbox question) marks their group.
  function unnamedGroupOf(el, kind) {
    const aria = el.tagName !== 'INPUT';
    const selector = kind === 'checkbox' ? 'input[type="checkbox"], [role="checkbox"]' : 'input[type="' + kind + '"]';
    for (let node = el.parentElement, depth = 0; node && depth < 5; node = node.parentElement, depth++) {
      if (node.matches('form, body')) return null;
      const alike = Array.from(node.querySelectorAll(selector))
        .filter((i) => (i.tagName === 'INPUT' ? !i.name : isToggleWidget(i)));
      if (alike.length < 2) continue;
      const marked = node.matches('fieldset, [role="group"], [role="radiogroup"], [aria-labelledby]') ||
        (aria && node.matches('[role="list"]')) ||
        (!!node.id && labelsFor(node).length > 0) || /group/i.test(node.getAttribute('class') || '');
      return kind === 'radio' || marked ? node : null;
    }
    return null;
  }

  // A server framework's checkbox list names each box by the list's name and
  // its position (ASP.NET's CheckBoxList "q$0", "q$1"; "skills[0]", "skills_1")
  // or by its option (Drupal's checkboxes: "skills[go]" with the value "go"):
  // one question, when a wrapper marked as a group holds the boxes of that name
  // and nothing else (two consents named "agree_1", "agree_2" stay two). Hosted
  // form builders number every input of the form and give each box of a checkbox
  // field its own number (Wufoo's "Field101", "Field102" under one legend): in a
  // fieldset that holds nothing else, those are one question too.
  const INDEXED_NAME = /^(.+?)(?:\[\d+\]|[$_.-]\d+)$/;
  const KEYED_NAME = /^(.+)\[([^\[\]]+)\]$/;
  const NUMBERED_NAME = /^(.*[^\d\W])\d+$/;
  function indexedStem(el) {
    const match = INDEXED_NAME.exec(el.name || '');
    if (match) return match[1];
    const keyed = KEYED_NAME.exec(el.name || '');
    return keyed && keyed[2] === el.value ? keyed[1] : '';
  }
  function numberedStem(el) {
    const match = NUMBERED_NAME.exec(el.name || '');
    return match ? match[1] : '';
  }
  function indexedGroupOf(el) {
    return groupOfStem(el, indexedStem, false) || groupOfStem(el, numberedStem, true);
  }
  function groupOfStem(el, stemOf, fieldsetOnly) {
    const stem = stemOf(el);
    if (!stem) return null;
    for (let node = el.parentElement, depth = 0; node && depth < 6; node = node.parentElement, depth++) {
      if (node.matches('form, body')) return null;
      const alike = Array.from(node.querySelectorAll('input[type="checkbox"]')).filter((i) => stemOf(i) === stem);
      if (alike.length < 2) continue;
      if (controlsIn(node).length !== alike.length) return null;
      if (fieldsetOnly) {
        if (node.matches('fieldset') && node.querySelector('legend')) return node;
        continue;
      }
      const marked = node.matches('fieldset, table, [role="group"], [aria-labelledby], [aria-label]') ||
        (!!node.id && labelsFor(node).length > 0) || /group|list/i.test(node.getAttribute('class') || '');
      if (marked) return node;
    }
    return null;
  }

  // The name box of a log-in: a text or e-mail box that shares the smallest group
  // around it with a password box and nothing else to type (a returning candidate's
  // "Username" over "Password"). Career portals put that log-in beside the way in
  // for a guest, and ASP.NET WebForms pages hold both in the one form of the page.
  function isLogInBox(el) {
    if (el.tagName !== 'INPUT' || !['text', 'email', ''].includes((el.getAttribute('type') || '').toLowerCase())) return false;
    const typed = (c) => c.tagName !== 'INPUT' || !['hidden', 'submit', 'button', 'reset', 'image', 'checkbox', 'radio', 'file'].includes(c.type);
    for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
      const boxes = [...node.querySelectorAll('input, select, textarea')].filter((c) => typed(c) && isVisible(c));
      const passwords = boxes.filter((c) => c.type === 'password').length;
      if (passwords > 0) return boxes.length - passwords === 1;
      if (boxes.length > 1) return false;
    }
    return false;
  }

  function perceiveFields() {
    state.headingBoxes = new Map();
    const fields = collectEntries();
    const described = fields.map((entry, index) => describe(entry, index));
    numberLocators(described.map((d) => d.locator));
    state.entries = fields;
    state.fieldKeys = described.map((d) => locatorKey(d.locator));
    return described;
  }

  // Dates typed into separate boxes (MM / DD / YYYY) are one question: the boxes
  // of one group (role=group, fieldset, or a common parent) become one field
  // whose parts are filled in order.
  // Google Forms names its day box "Day of the month". The letters of a part in
  // the page's language: German TT / JJJJ, French and Spanish AAAA, Polish and
  // Czech RRRR, Croatian and Serbian GGGG (godina), and the word for each part.
  const DATE_PART_NAMES = {
    mm: 'MM', month: 'MM', dd: 'DD', day: 'DD', 'day of the month': 'DD', yyyy: 'YYYY', year: 'YYYY', yy: 'YY',
    tt: 'DD', jjjj: 'YYYY', aaaa: 'YYYY', rrrr: 'YYYY', gggg: 'YYYY',
    tag: 'DD', monat: 'MM', jahr: 'YYYY', jour: 'DD', mois: 'MM', 'année': 'YYYY', 'día': 'DD', dia: 'DD', mes: 'MM',
    'año': 'YYYY', ano: 'YYYY', giorno: 'DD', mese: 'MM', anno: 'YYYY', dag: 'DD', maand: 'MM', jaar: 'YYYY',
    dan: 'DD', mjesec: 'MM', godina: 'YYYY',
  };
  // The templates among them, which name no question: the text of a date's group
  // is its question without them ("Start date * DD / MM / GGGG").
  const DATE_PART_TEMPLATE = /^(?:mm|dd|yyyy|yy|tt|jjjj|aaaa|rrrr|gggg)$/i;
  function datePartOf(el) {
    if (isDateSegment(el)) return DATE_SEGMENT_TYPES[el.getAttribute('data-type')] || DATE_PART_NAMES[clean(el.getAttribute('aria-label')).toLowerCase()];
    if (el.tagName !== 'INPUT') return null;
    for (const text of [el.getAttribute('placeholder'), el.getAttribute('aria-label'), subLabel(el)]) {
      const part = DATE_PART_NAMES[clean(text).toLowerCase()];
      if (part) return part;
    }
    return null;
  }
  // The words after a box inside the wrapper that holds it alone: the sub-label
  // form builders put under each part of a date (Wufoo, Gravity Forms, Jotform:
  // <span><input><label>DD</label></span>), however it is tied to the box. Only
  // after it: a label before each part ("Month" over GOV.UK's date boxes) is the
  // part's own label, read as such, and its date keeps its boxes.
  function subLabel(el) {
    let branch = el;
    for (let node = el.parentElement, depth = 0; node && depth < 3; branch = node, node = node.parentElement, depth++) {
      if (deepQueryAll(node, CONTROL_SELECTOR).length > 1) return '';
      let text = '';
      for (let after = branch.nextElementSibling; after; after = after.nextElementSibling) text += ' ' + textWithoutControls(after);
      if (clean(text)) return clean(text);
    }
    return '';
  }
  // The title of a form builder's composite field: one loose title over a wrapper
  // of several boxes, each box named by its own sub-label under it ("Name *" over
  // Salutation / First / Last, "Address *" over Street Address / City / Postal
  // code, as Zoho Forms and Wufoo-style builders draw their Name and Address
  // fields) with no fieldset or role=group to say so. The title (a <label> tied to
  // no control, a div) names the group, not its first box. {node, text} or null.
  function compositeTitle(el) {
    if (el.type === 'radio' || el.type === 'checkbox' || !subLabel(el)) return null;
    let count = 0;
    for (let node = el.parentElement, depth = 0; node && depth < 5; node = node.parentElement, depth++) {
      if (node.matches('form, body, fieldset, [role="group"], [role="radiogroup"]')) return null;
      const controls = deepQueryAll(node, CONTROL_SELECTOR).filter(isVisible);
      if (controls.length < 2) continue;
      if (count === 0) {
        if (!controls.every((control) => subLabel(control))) return null;
        count = controls.length;
      } else if (controls.length !== count) {
        return null;
      }
      const title = node.previousElementSibling;
      if (!title) continue;
      if (title.matches(CONTROL_SELECTOR) || title.querySelector(CONTROL_SELECTOR) || !isVisible(title)) return null;
      if (!title.matches('label, div, span, p, legend')) return null;
      if (title.tagName === 'LABEL' && title.htmlFor && byIdInRoot(title, title.htmlFor)) return null;
      const text = stripRequiredMarks(clean(textWithoutControls(title)));
      return text ? { node: title, text: clip(text) } : null;
    }
    return null;
  }
  // Whether `namer` (a loose label found beside `el`) is the title of the
  // composite field `el` is a part of: its mark is the group's, not the box's.
  function isCompositeTitleOf(namer, el) {
    const title = compositeTitle(el);
    return !!title && !!namer && title.node === namer.node;
  }
  // A date drawn as segments a person types digits into (react-aria-components'
  // DateSegment, MUI X's date field sections): contenteditable role=spinbutton
  // boxes, each naming its part by data-type (react-aria's public convention:
  // year, month, day; hour, minute and literal are no date parts) or by its
  // English aria-label ("Year"). A segment showing its placeholder holds nothing.
  const DATE_SEGMENT_TYPES = { year: 'YYYY', month: 'MM', day: 'DD' };
  function isDateSegment(el) {
    return el.getAttribute('role') === 'spinbutton' && el.isContentEditable &&
      (el.getAttribute('data-type') in DATE_SEGMENT_TYPES || !!DATE_PART_NAMES[clean(el.getAttribute('aria-label')).toLowerCase()]);
  }
  function datePartValue(el) {
    if (!isDateSegment(el)) return el.value;
    const empty = el.hasAttribute('data-placeholder') || !el.hasAttribute('aria-valuenow');
    return empty ? '' : clean(el.textContent);
  }

  // The question a set of date boxes answers: the nearest named group around
  // them, else the text of the box that holds them ("From", "Start date").
  function dateGroupName(group, member) {
    for (let node = member.parentElement; node; node = node.parentElement) {
      const legend = node.tagName === 'FIELDSET' ? node.querySelector('legend') : null;
      const name = accessibleNameOfGroup(node) || (legend ? clean(legend.textContent) : '');
      if (name) return name;
      if (node === group) break;
    }
    const words = clean(textWithoutControls(group).replace(/\//g, ' ')).split(' ');
    return words.filter((word) => !DATE_PART_TEMPLATE.test(word.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, ''))).join(' ');
  }

  // An input no person types into that keeps a widget's value for its form: a
  // hidden one (react-aria's DatePicker), or one hidden from screen readers and
  // left out of the tab order (MUI X's date field). No part of a date; the segments
  // around it still are one.
  function holdsValueForWidget(el) {
    if (el.tagName !== 'INPUT') return false;
    const type = (el.getAttribute('type') || '').toLowerCase();
    return type === 'hidden' || (el.getAttribute('aria-hidden') === 'true' && el.tabIndex < 0);
  }

  // A text box marked role=combobox that opens no list (no popup, no list it
  // controls or owns, no autocomplete, never expanded): Google Forms marks its
  // date boxes so. It is typed into like any box.
  function isBareCombobox(el) {
    return el.tagName === 'INPUT' && el.getAttribute('role') === 'combobox' &&
      !['aria-controls', 'aria-owns', 'aria-haspopup', 'aria-autocomplete', 'aria-expanded', 'list'].some((a) => el.hasAttribute(a));
  }

  function groupDateParts(fields) {
    const byGroup = new Map();
    for (const entry of fields) {
      if (!(entry.kind === 'text' || (entry.kind === 'combobox' && isBareCombobox(entry.el)) ||
            (entry.kind === 'contenteditable' && isDateSegment(entry.el))) || !datePartOf(entry.el)) continue;
      // The widest box around it, within eight levels (Material-style boxes wrap
      // each input in five), that holds date parts only and each part once: two
      // dates side by side ("From MM/YYYY", "To MM/YYYY") stay two questions.
      let group = null;
      for (let node = entry.el.parentElement, depth = 0; node && depth < 8; node = node.parentElement, depth++) {
        const parts = deepQueryAll(node, CONTROL_SELECTOR).filter((c) => !holdsValueForWidget(c)).map(datePartOf);
        if (!parts.every(Boolean) || new Set(parts).size !== parts.length) break;
        group = node;
      }
      if (!group) continue;
      if (!byGroup.has(group)) byGroup.set(group, []);
      byGroup.get(group).push(entry);
    }
    for (const [group, entries] of byGroup) {
      const around = entries[0].el.parentElement.closest('[role="group"], fieldset');
      const named = !!around && group.contains(around);
      if (entries.length < 2 && !named) continue;
      const members = entries.map((e) => e.el);
      const at = fields.indexOf(entries[0]);
      for (const e of entries) fields.splice(fields.indexOf(e), 1);
      fields.splice(at, 0, { kind: 'date_parts', el: members[0], members, group });
    }
  }

  // The text box of a choice's "Other" option (Google Forms' "Other:" radio or
  // checkbox with its "Other response" box, "Other (please specify)" on survey
  // forms): part of that option, typed only when the answer is none of the
  // listed ones. It asks no question of its own. It shares its row, the nearest
  // wrapper holding a choice, with that one choice, which says "other" (Google
  // Forms' value for it is "__other_option__").
  const OTHER_OPTION = /^(other|others|something else|andere[rs]?|sonstige[rs]?|autres?|otr[oa]s?|altr[oi]|outr[oa]s?|overig|anders|inny|inne|другое|その他|其他|기타|diğer|lainnya|khác|annet|annat|muu)(\b|$)/i;
  function isOtherOptionBox(el) {
    for (let node = el.parentElement, depth = 0; node && depth < 7; node = node.parentElement, depth++) {
      const choices = Array.from(node.querySelectorAll('input[type="radio"], input[type="checkbox"], [role="radio"], [role="checkbox"]'))
        .filter((c) => c !== el);
      if (choices.length === 0) continue;
      if (choices.length > 1) return false;
      const choice = choices[0];
      const label = choice.tagName === 'INPUT' ? optionLabel(choice) : clean(choice.getAttribute('aria-label')) || textWithoutControls(choice);
      return OTHER_OPTION.test(label) || choice.getAttribute('data-value') === '__other_option__';
    }
    return false;
  }

  // The text box of `choice`, when it is an "Other" option with one: the one
  // text box of the nearest wrapper that holds this choice alone (the inverse of
  // isOtherOptionBox).
  function otherOptionBoxOf(choice) {
    const label = choice.tagName === 'INPUT' ? optionLabel(choice) : clean(choice.getAttribute('aria-label')) || textWithoutControls(choice);
    if (!OTHER_OPTION.test(label) && choice.getAttribute('data-value') !== '__other_option__') return null;
    for (let node = choice.parentElement, depth = 0; node && depth < 7; node = node.parentElement, depth++) {
      const choices = node.querySelectorAll('input[type="radio"], input[type="checkbox"], [role="radio"], [role="checkbox"]');
      if (choices.length > 1) return null;
      const boxes = Array.from(node.querySelectorAll('input, textarea')).filter((b) => b !== choice &&
        (b.tagName === 'TEXTAREA' || /^(text|)$/.test((b.getAttribute('type') || '').toLowerCase())) && isVisible(b));
      if (boxes.length === 1) return boxes[0];
      if (boxes.length > 1) return null;
    }
    return null;
  }

  // A dropdown drawn as a listbox that opens and closes (ARIA 1.0's collapsible
  // listbox, as Google Forms and Polymer's paper-dropdown draw it): the focusable
  // div[role=listbox] carries aria-expanded and shows its chosen option (or a
  // prompt whose value is empty), the others appear in a popup it opens. It is
  // the field; a listbox that is the popup of another control is that control's.
  const COLLAPSED_LISTBOX_SELECTOR = '[role="listbox"][aria-expanded]';
  function isCollapsedListbox(el) {
    if (el.disabled || el.getAttribute('aria-disabled') === 'true' || el.tabIndex < 0) return false;
    if (el.parentElement && el.parentElement.closest('[role="combobox"], [role="listbox"], [aria-haspopup]')) return false;
    return !el.id || !document.querySelector(`[aria-controls~="${CSS.escape(el.id)}"], [aria-owns~="${CSS.escape(el.id)}"]`);
  }
  // Its choices: each option once (the popup repeats them), less the prompt.
  function listboxChoices(el) {
    const seen = new Set();
    return deepQueryAll(el, OPTION_SELECTOR).filter((o) => {
      const key = o.getAttribute('data-value') ?? optionText(o);
      if (o.getAttribute('data-value') === '' || seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  // Select2 3.x and AngularJS's ui-select draw a dropdown as an anchor or span
  // showing the choice, and give the keyboard an off-screen "focusser": a 1px text
  // input with role=button and aria-haspopup, which the page's <label for> names
  // and the widget names by what it shows. PrimeFaces' SelectOneMenu (before 11)
  // does the same with a role=combobox input inside a box clipped to a pixel
  // (ui-helper-hidden-accessible). The field is what a person sees and clicks, the
  // face: the nearest box around the focusser that can be clicked. Where the widget
  // stands over a native select, that select is the field, unless the select is
  // only the widget's store (PrimeFaces keeps the choice and the options in a select
  // hidden from screen readers and the keyboard): then the face is the field, and
  // the store names its options and holds its value.
  // A focusser is drawn nowhere: a read-only box marked role=button that a person
  // sees, showing the choice as its value (HubSpot's new-editor dropdowns), is the
  // field itself.
  function isFocusProxy(el) {
    if (el.tagName !== 'INPUT') return false;
    const role = el.getAttribute('role');
    const popup = el.getAttribute('aria-haspopup');
    if (role === 'button') return popup !== null && popup !== 'false' && drawnNowhere(el);
    return role === 'combobox' && drawnNowhere(el);
  }
  function faceOf(focus) {
    let node = focus.parentElement;
    for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
      const rect = node.getBoundingClientRect();
      if (!isVisible(node) || rect.width < 16 || rect.height < 10) continue;
      const others = deepQueryAll(node, CONTROL_SELECTOR).filter((c) => c !== focus && isVisible(c) && !isHiddenStore(c));
      if (others.length > 0) return null;
      return node;
    }
    return null;
  }
  // Whether an element is drawn nowhere though laid out: clipped to a pixel by
  // itself or by a box around it that hides what overflows (screen-reader-only
  // wrappers: ui-helper-hidden-accessible, visually-hidden, sr-only).
  function drawnNowhere(el) {
    for (let node = el, depth = 0; node && depth < 3; depth++, node = node.parentElement) {
      const rect = node.getBoundingClientRect();
      if (rect.width > 1 || rect.height > 1) continue;
      if (node === el) return true;
      const style = getComputedStyle(node);
      if (style.overflow !== 'visible' || (style.clip && style.clip !== 'auto')) return true;
    }
    return false;
  }
  // A native select kept only for the form post: hidden from screen readers and
  // the keyboard, and drawn nowhere.
  function isHiddenStore(el) {
    return el.tagName === 'SELECT' && el.getAttribute('aria-hidden') === 'true' && el.tabIndex < 0 && drawnNowhere(el);
  }
  function storeOfFace(face) {
    const stores = Array.from(face.querySelectorAll('select')).filter(isHiddenStore);
    return stores.length === 1 ? stores[0] : null;
  }
  // Whether a hidden store belongs to a face drawn around a focusser (that face is
  // the field, whatever order the two come in).
  function storedByFace(select) {
    if (!isHiddenStore(select)) return false;
    let node = select.parentElement;
    for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
      const focus = Array.from(node.querySelectorAll('input')).find(isFocusProxy);
      if (!focus) continue;
      const face = faceOf(focus);
      return !!face && face.contains(select) && storeOfFace(face) === select;
    }
    return false;
  }

  // A native <select> kept out of sight beside the control a page draws over it,
  // which the form sends and keeps in step: a select drawn as a button that opens a
  // menu (BambooHR's Fabric, bootstrap-select, Chosen), where it names the field,
  // says whether it is required and holds the choice; or a search box
  // (accessible-autocomplete, Select2, Tom Select), where it lists everything the
  // box can take while the box shows only what matches the typing.
  const MENU_BUTTON_SELECTOR = 'button[aria-haspopup="true"], button[aria-haspopup="menu"]';
  function hiddenSelectBeside(control, concealed = (c) => !isVisible(c)) {
    let node = control.parentElement;
    for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
      const others = controlsIn(node)
        .filter((c) => !control.contains(c) && c.tagName !== 'SELECT' && isVisible(c));
      if (others.length > 0) return null;
      const selects = Array.from(node.querySelectorAll('select')).filter(concealed);
      if (selects.length === 1) return selects[0];
      if (selects.length > 1) return null;
    }
    return null;
  }
  // A search widget whose suggestions come from the server (Select2 with AJAX
  // data) keeps a native select as the store the form sends: out of sight (often
  // only clipped to a pixel, for screen readers) and empty until a choice is made.
  // The widget is the field; the store names it and holds the choice.
  function clippedOrHidden(el) {
    if (!isVisible(el)) return true;
    const rect = el.getBoundingClientRect();
    return rect.width <= 1 && rect.height <= 1;
  }
  // A hidden select holding only what was chosen, every option of it selected
  // (Quasar's QSelect renders <select class="hidden" name> with one selected
  // <option> per chosen value, and no select while nothing is chosen): a store of
  // the choice for the form post, not the list of what can be chosen, which is in
  // the list the combobox opens.
  function holdsOnlyChoice(select) {
    const options = Array.from(select.options);
    return options.length > 0 && options.every((o) => o.selected && o.value !== '');
  }
  function emptyStore(select) {
    return clippedOrHidden(select) && Array.from(select.options).every((o) => !o.value);
  }
  function faceOfStore(select) {
    let node = select.parentElement;
    for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
      const faces = Array.from(node.querySelectorAll('[role="combobox"]'))
        .filter((c) => c.tagName !== 'INPUT' && isVisible(c));
      if (faces.length === 1) return faces[0];
      if (faces.length > 1) return null;
    }
    return null;
  }
  function storeBeside(face) {
    const store = hiddenSelectBeside(face, clippedOrHidden);
    return store && emptyStore(store) && faceOfStore(store) === face ? store : null;
  }
  // Select2 with local data keeps the native select beside its face clipped to a
  // pixel, hidden from screen readers and out of the tab order, holding every
  // choice; the select is read as the field (its label, its options, and the
  // widget follows its changes). The face, which names itself by what it shows
  // ("Select an option", the choice), is no second field. (A store that perception
  // passes over, a Radix bubble select, leaves its face the field.)
  function frontsListingSelect(face) {
    const select = hiddenSelectBeside(face, clippedOrHidden);
    return !!select && isVisible(select) && select.getAttribute('aria-hidden') === 'true' &&
      select.tabIndex < 0 && !emptyStore(select) && !isWidgetStore(select) && faceOfStore(select) === face;
  }
  const isProxiedMenuButton = (el) => el.matches(MENU_BUTTON_SELECTOR) && hiddenSelectBeside(el) !== null;

  // A select drawn as a plain button (no role of its own) that opens a popover
  // (glints-aries' Select, whose Polaris popover marks its activator only with
  // aria-expanded, and aria-controls while the list is open): the form keeps the
  // choice in an <input type="hidden"> beside the button. That store makes the
  // button a field, not a disclosure; it is empty until a choice is made, whatever
  // the button says.
  const POPOVER_BUTTON_SELECTOR = 'button[aria-expanded]:not([aria-haspopup]):not([role])';
  function hiddenInputBeside(control) {
    let node = control.parentElement;
    for (let depth = 0; node && depth < 2; depth++, node = node.parentElement) {
      const others = controlsIn(node)
        .filter((c) => !control.contains(c) && c !== control && isVisible(c));
      if (others.length > 0) return null;
      const stores = node.querySelectorAll('input[type="hidden"][name]');
      if (stores.length === 1) return stores[0];
      if (stores.length > 1) return null;
    }
    return null;
  }

  // A native select, checkbox or radio hidden from screen readers and left out of
  // the tab order beside an ARIA widget of its own is that widget's store (Radix
  // UI's bubble inputs: the visually hidden <select aria-hidden tabindex=-1> after
  // Select's combobox button, the checkbox or radio input after a role=checkbox,
  // switch or radio button, kept only so a form post carries the value): the
  // widget is the field, and the store is no option of the widget's group.
  const STORED_WIDGET = '[role="combobox"], [role="radio"], [role="checkbox"], [role="switch"]';
  function isWidgetStore(el) {
    if (!el.parentElement) return false;
    // Quasar's QRadio, QCheckbox and QToggle keep the native input inside the
    // widget itself (<div role=radio> > <div aria-hidden=true> > <input
    // class=hidden>): a box out of sight inside a visible ARIA widget is its store.
    if (el.tagName === 'INPUT' && /^(checkbox|radio)$/.test(el.type)) {
      const widget = el.parentElement.closest('[role="radio"], [role="checkbox"], [role="switch"]');
      if (widget && isVisible(widget) && (!isVisible(el) || !!el.closest('[aria-hidden="true"]'))) return true;
    }
    if (el.getAttribute('aria-hidden') !== 'true' || el.tabIndex >= 0) return false;
    if (!(el.tagName === 'SELECT' || (el.tagName === 'INPUT' && /^(checkbox|radio)$/.test(el.type)))) return false;
    return Array.from(el.parentElement.children).some((c) => c !== el && c.matches(STORED_WIDGET) && isVisible(c));
  }

  // A date picker drawn as a button (shadcn/ui's DatePicker: a Popover trigger
  // saying "Pick a date", then the date chosen in the Calendar it opens; other
  // React kits draw theirs the same way): a button a form label names by its id,
  // which opens a dialog, about a date. It is a date field set through the
  // calendar it opens; its value is the date it shows, if any.
  // (A trigger with a role of its own, a cmdk combobox's, is that widget.)
  const PICKER_BUTTON_SELECTOR = 'button[aria-haspopup="dialog"]:not([role])';
  const DROP_AREA_SELECTOR = '.dz-clickable';
  // Ionic's ion-datetime-button (public and stable: core/src/components/
  // datetime-button): a button in its shadow root that shows the date of the
  // ion-datetime its `datetime` attribute names, and presents the ion-modal or
  // ion-popover holding that calendar. While the datetime has no value it shows
  // today's date all the same; a datetime marks the day it holds with
  // aria-selected=true. Its question is the text of the row around it (an
  // ion-item's ion-label).
  const DATETIME_BUTTON_SELECTOR = 'ion-datetime-button';
  function datetimeButtonValue(host, button) {
    const shown = shownDate(textWithoutControls(button)) || clean(textWithoutControls(button));
    const datetime = host.getAttribute('datetime') ? byIdInRoot(host, host.getAttribute('datetime')) : null;
    if (datetime && datetime.shadowRoot && !datetime.shadowRoot.querySelector('[aria-selected="true"]')) return '';
    return shown;
  }
  function datetimeButtonLabel(host) {
    let node = host;
    for (let depth = 0; node.parentElement && depth < 3; depth++) {
      node = node.parentElement;
      if (node.matches('form, body') || holdsAnotherControl(node, host.shadowRoot.querySelector('button'))) break;
      const text = textWithoutControls(node, host);
      if (text) return clip(text);
    }
    return '';
  }
  // (Hebrew, Arabic and Cyrillic letters are no word characters to \b.)
  const DATE_WORDS = /\b(date|dates|dob|birthday|birthdate|datum|geburtsdatum|geburtstag|fecha|dátum|päivämäärä|tarih)\b|\bdata (de|di|do|da)\b|日付|生年月日|日期|날짜|תאריך|تاريخ|дата/i;
  function shownDate(text) {
    return /\b\d{4}\b/.test(text) && (text.split(/[\s,.]+/).some((word) => monthNamed(word) > 0) ||
      /\b\d{1,2}[./-]\d{1,2}[./-]\d{4}\b|\b\d{4}-\d{1,2}-\d{1,2}\b/.test(text)) ? text : '';
  }
  function isDatePickerButton(el) {
    const labels = labelsFor(el).filter((label) => label.htmlFor === el.id);
    if (labels.length === 0) return false;
    const text = textWithoutControls(el);
    return !!shownDate(text) || DATE_WORDS.test(text + ' ' + labels.map(textWithoutControls).join(' '));
  }

  // The listbox a combobox controls, when it is in the DOM already.
  function controlledListbox(el) {
    const ids = (el.getAttribute('aria-controls') || el.getAttribute('aria-owns') || '').split(/\s+/).filter(Boolean);
    for (const id of ids) {
      const box = byIdInRoot(el, id);
      if (box) return box;
    }
    return null;
  }

  // An option's own words: nested lists (a category holding its choices) are
  // options of their own, not part of the category's name; text hidden from
  // screen readers (a flag's letters, an icon's ligature) is no part of any name.
  // An option drawn as lines (a suggestion's place under its name: "San Francisco"
  // over "California, United States", as place and address autocompletes show
  // them) reads as its parts with a comma between, not as one run-on name. A part
  // is on a line of its own when it is drawn below the part before it (or after a
  // <br>); parts side by side in a row (a flag, a name, a code) stay one line.
  // The parts are read in the order they are drawn (the flat tree): an option that
  // is a web component draws its words from its own shadow root (Lightning's
  // lightning-base-combobox-item holds its label there in native shadow DOM, as
  // LWR sites render it), and a <slot> draws the host's children it is given.
  function drawnChildren(node) {
    if (node.shadowRoot) return Array.from(node.shadowRoot.childNodes);
    if (node.tagName === 'SLOT') {
      const assigned = node.assignedNodes({ flatten: true });
      if (assigned.length) return assigned;
    }
    return Array.from(node.childNodes);
  }
  function optionText(option) {
    const lines = [''];
    const words = () => clean(lines.join(' '));
    const walk = (node) => {
      let above = null;  // the last part with words drawn so far among node's children
      for (const child of drawnChildren(node)) {
        if (child.nodeType === Node.TEXT_NODE) {
          lines[lines.length - 1] += child.textContent + ' ';
        } else if (child.nodeType === Node.ELEMENT_NODE && child.tagName === 'BR') {
          lines.push('');
        } else if (child.nodeType === Node.ELEMENT_NODE && child.getAttribute('aria-hidden') !== 'true' &&
                   !['STYLE', 'SCRIPT', 'TEMPLATE'].includes(child.tagName) &&
                   !child.matches('[role="option"], [role="group"], [role="listbox"], ul, ol')) {
          const box = child.getBoundingClientRect();
          const below = above !== null && box.height > 0 && box.top >= above.bottom - 1;
          if (below) lines.push('');
          const before = words();
          walk(child);
          if (box.height > 0 && words() !== before) above = box;
        }
      }
    };
    walk(option);
    const text = lines.map(clean).filter(Boolean)
      .reduce((joined, line) => !joined ? line : /[,;:(\-–—]$/.test(joined) ? joined + ' ' + line : joined + ', ' + line, '');
    return text || clean(option.getAttribute('aria-label'));
  }

  // A category that opens further options instead of being a choice itself
  // (nested "How did you hear about us?" lists): ARIA marks it with aria-haspopup
  // or aria-expanded. One that says aria-haspopup="false" opens nothing, whatever
  // its aria-expanded: Vue renders both from booleans on every row (Arco
  // Design's cascader leaves carry aria-haspopup="false" aria-expanded="false").
  function opensSubmenu(o) {
    const popup = o.getAttribute('aria-haspopup');
    if (popup === 'false') return false;
    return popup !== null || o.hasAttribute('aria-expanded');
  }

  function describeOption(o) {
    return { label: optionText(o), value: o.getAttribute('data-value') || optionText(o),
             selected: o.getAttribute('aria-selected') === 'true', submenu: opensSubmenu(o),
             disabled: o.getAttribute('aria-disabled') === 'true' };
  }

  // What a search box has chosen when it shows the choice beside its own (then
  // empty) input: the pills (chips, tokens) of a multi-select, each with its
  // remove button, or the one chosen value of a single select. Looked for in the
  // nearest ancestors that hold no other control, so a neighbouring field's
  // choices never count. react-select's public class names, with whatever
  // classNamePrefix the page gave it, are `<prefix>__single-value` and
  // `<prefix>__multi-value__label`; rc-select's (Ant Design) are
  // `<prefix>-selection-item`, for a single choice and for each tag alike;
  // ng-select's (Angular) is `.ng-value-label` inside each `.ng-value`, beside the
  // `.ng-value-icon` that removes a tag.
  // (Mantine's MultiSelect and TagsInput draw each choice as a Pill, with the
  // static class mantine-Pill-root, before their search field.)
  const CHOSEN_ITEM_SELECTOR = '[data-automation-id="selectedItem"], [role="listitem"], .pill, .chip, .tag, .token, ' +
    '[class*="multiValue"], [class*="selection__choice"], [class*="MuiChip-root"], .mantine-Pill-root, ' +
    '[class*="__single-value"], [class*="__multi-value__label"], [class*="selection-item"], ' +
    '.el-select__placeholder:not(.is-transparent), .el-select__tags-text, .ng-value-label';
  // A component library's chip: a class ending in "-chip" (novo-chip, mat-chip, v-chip).
  const CHIP_CLASS = /(^|\s)[\w-]*[-_]chip(\s|$)/i;
  const CHOSEN_OR_CHIP_SELECTOR = CHOSEN_ITEM_SELECTOR + ', [class*="chip" i]';
  const isChosenItem = (item) => item.matches(CHOSEN_ITEM_SELECTOR) || CHIP_CLASS.test(item.getAttribute('class') || '');
  function chosenItems(el) {
    let container = el.parentElement;
    for (let depth = 0; container && depth < 3; depth++, container = container.parentElement) {
      const controls = deepQueryAll(container, CONTROL_SELECTOR).filter((c) => c !== el && isVisible(c) && c.tagName !== 'BUTTON');
      if (controls.length > 0) return [];
      const found = deepQueryAll(container, CHOSEN_OR_CHIP_SELECTOR).filter((item) =>
        isChosenItem(item) && isVisible(item) && !item.contains(el));
      // A pill and its label may both match; the pill is the one choice.
      const items = found.filter((item) => !found.some((outer) => outer !== item && outer.contains(item)));
      if (items.length > 0) return items.map((item) => textWithoutButtons(item)).filter(Boolean);
    }
    return [];
  }
  // A country picker that shows its choice as a flag alone beside its emptied
  // search box (Base Web's PhoneInput draws the chosen country's flag emoji, the
  // dial code outside the picker): the flag is the choice, for no prompt is one.
  // Looked for as chosenItems looks, in the ancestors that hold no other control.
  const FLAG_ONLY = /^(\p{Regional_Indicator}{2})$/u;
  function flagBeside(el) {
    let container = el.parentElement;
    for (let depth = 0; container && depth < 3; depth++, container = container.parentElement) {
      if (deepQueryAll(container, CONTROL_SELECTOR).some((c) => c !== el && isVisible(c) && c.tagName !== 'BUTTON')) return '';
      const flag = Array.from(container.querySelectorAll('*')).find((node) => node.children.length === 0 &&
        !node.contains(el) && FLAG_ONLY.test(clean(node.textContent)) && isVisible(node));
      if (flag) return clean(flag.textContent);
    }
    return '';
  }
  function textWithoutButtons(node) {
    const copy = node.cloneNode(true);
    for (const button of copy.querySelectorAll('button, [role="button"]')) button.remove();
    return clean(copy.textContent);
  }

  // A combobox's popup may also be a grid or a tree (ARIA 1.2; Oracle JET's and
  // many design systems' selects draw rows of grid cells): its cells or items are
  // the options when it holds no role=option.
  function optionsOf(container) {
    const found = deepQueryAll(container, OPTION_SELECTOR).filter(isShownOption);
    if (found.length > 0 || !container.matches || !container.matches('[role="grid"], [role="treegrid"], [role="tree"]')) return found;
    return deepQueryAll(container, '[role="gridcell"], [role="treeitem"]').filter(isShownOption);
  }

  // An option a person can see and click: besides being visible, it has an area
  // and no box around it clips it away. rc-select (Ant Design) keeps accessible
  // copies of the active option and its neighbours in a 0x0 listbox with overflow
  // hidden, beside the list it draws; those copies are for screen readers only.
  function isShownOption(el) {
    if (!isVisible(el)) return false;
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0) return false;
    for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const box = node.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) return false;
    }
    return true;
  }

  // Options drawn without the option role (rc-select's list, react-select before
  // 5.8, select2, vue-select): rows that carry aria-selected, or whose class names
  // them an option the way these libraries' BEM-style names do ("…-item-option",
  // "…__option", "…-option"). The outermost of nested matches is the row. A row is
  // never itself a control or a button: answer buttons styled "…-option" belong to
  // their own question. Searched page-wide, rows count only inside a popup (a
  // floating layer), as these libraries draw their lists.
  const DRAWN_OPTION_SELECTOR = '[aria-selected]:not([role]), [class*="option" i]:not([role])';
  const OPTION_CLASS = /(^|[-_])option$/i;
  // (A multiple select's row may hold the checkbox it draws, its input hidden at
  // no size: Arco Design's option holding an a-checkbox. A row holding a control a
  // person sees is a question of its own.)
  const holdsShownControl = (el) => deepQueryAll(el, CONTROL_SELECTOR).some(isVisible);
  function drawnOptions(root) {
    const found = deepQueryAll(root, DRAWN_OPTION_SELECTOR).filter((el) =>
      el.tagName !== 'OPTION' && !el.matches(CONTROL_SELECTOR) && !el.matches(BUTTON_SELECTOR) &&
      !el.matches(CHOICE_BUTTON_SELECTOR) && !holdsShownControl(el) &&
      (el.hasAttribute('aria-selected') || Array.from(el.classList).some((c) => OPTION_CLASS.test(c))) &&
      (root !== document || inPopup(el)) && isShownOption(el) && optionText(el));
    return found.filter((el) => !found.some((outer) => outer !== el && outer.contains(el)));
  }

  // The list a control names as its own (aria-owns, aria-controls) is its options
  // even when its rows carry no option role or class: the rows are the children of
  // the element inside it that holds the most visible rows with words.
  function rowsOf(box, least = 2) {
    let best = [];
    for (const node of [box, ...box.querySelectorAll('*')]) {
      const rows = Array.from(node.children).filter((c) => isShownOption(c) && optionText(c) &&
        !c.matches(CONTROL_SELECTOR) && !c.querySelector(CONTROL_SELECTOR));
      if (rows.length > best.length) best = rows;
    }
    return best.length >= least ? best : [];
  }

  function inPopup(el) {
    for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
      const position = getComputedStyle(node).position;
      if (position === 'absolute' || position === 'fixed') return true;
    }
    return false;
  }

  // The options a list shows once opened: its own listbox's; else, when that holds
  // only copies no one sees, the rows drawn in the popup around it; else every
  // shown option in the frame (popups are often rendered at the end of <body>,
  // away from their control).
  function shownOptions(el) {
    const box = controlledListbox(el) || (el.matches(COLLAPSED_LISTBOX_SELECTOR) ? el : null);
    let found = box ? optionsOf(box) : [];
    if (found.length === 0 && box) found = drawnOptions(box);
    if (found.length === 0 && box) found = rowsOf(box);
    if (found.length === 0) found = optionsOf(document);
    for (let scope = box && box.parentElement; found.length === 0 && scope && scope !== document.body; scope = scope.parentElement) {
      found = drawnOptions(scope);
    }
    if (found.length === 0) found = drawnOptions(document);
    return found;
  }

  // The box that scrolls a list of options: the nearest ancestor of an option
  // with content beyond its height.
  function optionScroller(option) {
    for (let node = option.parentElement; node && node !== document.body; node = node.parentElement) {
      const overflow = getComputedStyle(node).overflowY;
      if ((overflow === 'auto' || overflow === 'scroll') && node.scrollHeight > node.clientHeight + 1) return node;
    }
    return null;
  }

  // The kind perception reports for an entry: several checkboxes sharing a name
  // are one group.
  function entryKind(entry) {
    if (entry.kind === 'checkbox' && entry.members.length > 1) return 'checkbox_group';
    return entry.kind;
  }

  function entryLabel(entry) {
    const kind = entryKind(entry);
    const nameBox = kind === 'file' && !entry.upload ? fileNameBox(entry.el) : null;
    if (nameBox) {
      const name = accessibleName(nameBox);
      if (name.text && name.how !== 'title') return name;
      const above = ownLabelAbove(nameBox, true);
      if (above) return { text: above, how: 'nearby' };
    }
    if (entry.upload) {
      // The row names the upload; the button only says what it does ("Attach").
      const name = accessibleName(entry.el);
      if (name.how === 'aria-labelledby' || name.how === 'label') return name;
      const titled = questionCardTitle(entry.el);
      if (titled) return { text: titled, how: 'nearby' };
      return { text: ownLabelAbove(entry.el, true), how: 'nearby' };
    }
    if (entry.datetimeButton) {
      const text = datetimeButtonLabel(entry.datetimeButton);
      if (text) return { text, how: 'nearby' };
    }
    if (entry.focus) {
      const text = clean(labelsFor(entry.focus).map(textWithoutControls).join(' '));
      if (text) return { text, how: 'label' };
      // The focus box named by aria-labelledby or aria-label names the menu, unless
      // what names it is the choice the menu shows.
      const named = accessibleName(entry.focus);
      if ((named.how === 'aria-labelledby' && !labelledFromWithin(entry.focus, entry.el)) ||
          named.how === 'aria-label') {
        return named;
      }
      return accessibleName(entry.el);
    }
    if (entry.proxy) {
      // The button's own name carries what it shows ("State -Select-").
      const text = clean(labelsFor(entry.proxy).map(textWithoutControls).join(' '));
      if (text) return { text, how: 'label' };
      // The page names the select the face stands for (aria-labelledby, aria-label)
      // or puts a loose label above the two, while the face (Select2's) names
      // itself by the choice it shows: the select's name is the field's.
      const stored = accessibleName(entry.proxy);
      if (stored.how === 'aria-labelledby' || stored.how === 'aria-label') return stored;
      if (labelledOnlyByItself(entry.el)) {
        const above = nearbyText(entry.proxy);
        if (above) return { text: above, how: 'nearby' };
      }
    }
    if (kind === 'radio' || kind === 'checkbox_group') {
      const question = groupQuestion(entry.members);
      return { text: question || accessibleName(entry.el).text, how: 'group' };
    }
    if (kind === 'date_parts') {
      const text = dateGroupName(entry.group, entry.el);
      return text ? { text, how: 'group' } : accessibleName(entry.el);
    }
    // A select component's host (a custom element, rolelessSelectAround) drawn
    // without roles around a box of its own (a component's input that shows the
    // choice and opens the list) is named as that box is: the page ties its label
    // to the box (bob-style's label.bfe-label for the b-input's input inside
    // b-single-select), not to the host around it. Where nothing names the host,
    // what names the box (a loose label above it) does.
    const searchBox = entry.drawn && entry.el.tagName.includes('-') ? rolelessSelectSearchBox(entry.el) : null;
    const boxName = searchBox ? accessibleName(searchBox) : null;
    if (boxName && ['label', 'aria-labelledby', 'aria-label'].includes(boxName.how)) return boxName;
    const name = accessibleName(entry.el);
    if (boxName && boxName.text && name.how === 'none') return boxName;
    if (isToggleWidget(entry.el) && (name.how === 'nearby' || name.how === 'none')) {
      // ARIA names a checkbox or switch by its content when nothing else names it
      // (Quasar's QCheckbox with its label in a slot: <div role=checkbox> holding
      // the box, aria-hidden, and <div class=q-checkbox__label>the words</div>).
      const own = textWithoutControls(entry.el);
      if (own) return { text: own, how: 'label' };
      const after = textAfter(entry.el);
      if (after) return { text: after, how: 'label' };
    }
    if (kind === 'checkbox' && !name.text) {
      const after = textAfterWrappers(entry.el);
      if (after) return { text: after, how: 'label' };
    }
    if (kind === 'file' && (name.how === 'nearby' || name.how === 'none')) {
      const titled = questionCardTitle(entry.el);
      if (titled) return { text: titled, how: 'nearby' };
    }
    return name;
  }

  // What choosing an option means: its value, or, for a toggle button or a radio
  // without a value attribute (whose value is the browser's "on", the same for
  // every option: a web component keeps the real one on its host), its label.
  // A checkbox drawn as an ARIA widget (a div with role=checkbox) has no value
  // either: its label is what choosing it means.
  function choiceValue(m) {
    return isChoiceButton(m) || isToggleWidget(m) || (m.tagName === 'INPUT' && !m.hasAttribute('value')) ? optionLabel(m) : m.value;
  }

  // An upload that keeps the file in the page's state and draws a fresh, empty
  // input with the file's name after it ("resume.pdf  Remove") or in a status
  // line ("resume.pdf – your information was filled in"): the names shown after
  // the input or in a status region, within the wrapper that holds this upload
  // alone. (Other text before the input is its label or hint, where example
  // names live.) A multi-file area lists each file it took in a row of its own
  // after the input, with the row's own controls (a document-type select, a
  // description box): those rows are this upload's, not another field's.
  const FILE_NAME = /[^\s\\/:*?"<>|]+\.(?:pdf|docx?|odt|rtf|txt|md|pages|png|jpe?g)\b/gi;
  function inFileRowAfter(control, input, within) {
    if (control.matches('input[type="file"]') || !(input.compareDocumentPosition(control) & Node.DOCUMENT_POSITION_FOLLOWING)) return false;
    for (let row = control.parentElement, depth = 0; row && row !== within && depth < 4; row = row.parentElement, depth++) {
      if (row.contains(input)) return false;
      if (row.querySelector('input[type="file"]')) return false;
      if ((row.textContent || '').match(FILE_NAME)) return true;
    }
    return false;
  }
  // The wrapper that holds an upload and nothing else but the rows of the files
  // it took, and the node that stands for the input in that wrapper's tree. A
  // web component may draw the input inside its shadow root while the page shows
  // the file after the component (Salesforce's lightning-file-upload, a pill
  // after it): the search goes on from the component's host, whose insides are
  // its own box, and the host stands for the input. Null when no wrapper holds
  // the upload alone.
  function uploadWrapper(input) {
    let container = input;
    let anchor = input;
    // (A component's own markup nests deeper than a page's: Salesforce's file
    // selector is four wrappers in its shadow root.)
    for (let depth = 0; depth < (container.getRootNode() instanceof ShadowRoot ? 8 : 4); depth++) {
      const parent = container.parentElement;
      if (!parent) {
        const host = container.getRootNode().host;
        if (!host) break;
        anchor = container = host;
        depth = -1;
        continue;
      }
      if (parent.matches('form, body')) break;
      const others = controlsIn(parent).filter((c) => c !== input && c !== anchor);
      if (!others.every((c) => inFileRowAfter(c, anchor, parent))) break;
      container = parent;
    }
    return container === input || container === anchor ? null : { container, anchor };
  }
  // The file names an upload's wrapper shows in text a person sees; with
  // `after`, only those after the input, in a status region or in a file's row
  // with its own controls before it (Paylocity's attached file and its Remove
  // above "Replace Resume"): other text before the input is its label or hint,
  // where example names live.
  function inFileRowBefore(node, container, anchor) {
    for (let row = node.parentElement; row && row !== container && !row.contains(anchor); row = row.parentElement) {
      if (row.querySelector('a, button, [role="button"]')) return true;
    }
    return false;
  }
  function fileNamesIn(input, after) {
    const wrapper = uploadWrapper(input);
    if (!wrapper) return [];
    const { container, anchor } = wrapper;
    const names = [];
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement || !isVisible(node.parentElement)) continue;
      const status = node.parentElement.closest('[role="status"], [aria-live]');
      if (after && !(anchor.compareDocumentPosition(node) & Node.DOCUMENT_POSITION_FOLLOWING) &&
          !(status && container.contains(status)) && !inFileRowBefore(node, container, anchor)) continue;
      names.push(...(node.textContent.match(FILE_NAME) || []));
    }
    return names;
  }
  const shownFileNames = (input) => fileNamesIn(input, true).join(',');

  function selectOptions(select) {
    return Array.from(select.options).map((o) => ({ label: clean(o.textContent), value: o.value, selected: o.selected }));
  }

  function describe(entry, index) {
    const el = entry.el;
    const kind = entryKind(entry);
    const members = entry.members;
    const labelInfo = entryLabel(entry);
    let options = [];
    if (kind === 'radio' || kind === 'checkbox_group') {
      options = members.map((m) => ({ label: optionLabel(m), value: choiceValue(m), selected: choiceSelected(m),
        ...(otherOptionBoxOf(m) ? { specify: true } : {}) }));
    }
    if (kind === 'combobox' && entry.overlaySelect) options = overlaySelectOptions(entry.overlaySelect);
    else if (kind === 'combobox') {
      const box = controlledListbox(el);
      if (box) options = optionsOf(box).map(describeOption);
      else if (entry.listbox) options = listboxChoices(el).map(describeOption);
      const source = options.length === 0 && !entry.proxy ? hiddenSelectBeside(el) : null;
      if (source && !holdsOnlyChoice(source)) options = selectOptions(source);
      // A face over its store lists, before it is opened, what the store holds.
      if (options.length === 0 && entry.focus && entry.proxy) options = selectOptions(entry.proxy);
    }
    if (kind === 'select') options = selectOptions(el);
    const rawLabel = labelInfo.text;
    let value = '';
    if (kind === 'select') value = el.value;
    else if (kind === 'radio') {
      const chosen = members.find(choiceSelected);
      value = chosen ? choiceValue(chosen) : '';
    } else if (entry.overlaySelect) value = overlaySelectShown(entry.overlaySelect);
    else if (entry.proxy) {
      const chosen = entry.proxy.selectedOptions[0];
      value = entry.proxy.value && chosen ? clean(chosen.textContent) : '';
    } else if (entry.store) {
      // What the widget shows of the choice (the button's text, or the chosen value
      // drawn in place of the search box), only once the store holds one.
      value = entry.store.value ? clean(textWithoutControls(entry.store.parentElement)) || el.value || '' : '';
    } else if (entry.datetimeButton) value = datetimeButtonValue(entry.datetimeButton, el);
    else if (entry.picker) value = shownDate(textWithoutControls(el));
    else if (entry.listbox) {
      const chosen = listboxChoices(el).find((o) => o.getAttribute('aria-selected') === 'true');
      value = chosen ? optionText(chosen) : '';
    } else if (entry.drawn && el.tagName !== 'INPUT') {
      const announced = selectionAnnouncement(el);
      value = rolelessChoice(el, rawLabel) || searchBoxChoice(el) || (announced ? announced.choice : '');
    }
    else if (kind === 'combobox' && el.tagName !== 'INPUT') value = shownChoice(el);
    else if (kind === 'combobox' && chosenItems(el).length > 0) value = chosenItems(el).join(', ');
    else if (kind === 'combobox' && selectionAnnouncement(el)) value = selectionAnnouncement(el).choice;
    else if (kind === 'combobox' && el.tagName === 'INPUT' && !clean(el.value)) value = flagBeside(el);
    else if (kind === 'date_parts') value = members.some(datePartValue) ? members.map(datePartValue).join('/') : '';
    else if (kind === 'checkbox_group') value = members.filter(choiceSelected).map(choiceValue).join(',');
    else if (kind === 'file') value = Array.from(el.files || []).map((f) => f.name).join(',') || shownFileNames(el);
    else if (kind === 'contenteditable') value = clean(el.textContent);
    else if ('value' in el) value = el.value;
    // (A dropdown drawn without roles is required when its search box is.)
    const searchBox = entry.drawn && el.tagName !== 'INPUT' ? rolelessSelectSearchBox(el) : null;
    const requirers = [...members, el, entry.proxy, entry.focus, entry.overlaySelect, searchBox].filter(Boolean);
    const requiredOwn = requirers.some((m) => isRequiredOwn(m, rawLabel));
    const required = requiredOwn || requirers.some(groupTitleMarked);
    const table = questionTableName(el);
    return {
      index,
      kind,
      html_type: entry.upload ? 'button' : (el.getAttribute('type') || el.tagName).toLowerCase(),
      label: stripRequiredMarks(rawLabel),
      label_source: labelInfo.how,
      name: (entry.proxy || entry.store || entry.overlaySelect || el).getAttribute('name') || '',
      id: el.id || '',
      id_generated: !!el.id && !stableId(el.id),
      log_in_box: isLogInBox(el),
      locator: fieldLocator(entry, kind, stripRequiredMarks(rawLabel)),
      autocomplete: (el.getAttribute('autocomplete') || '').toLowerCase(),
      placeholder: clean(el.getAttribute('placeholder')),
      context: sectionContext(el, table),
      table,
      hint: hintText(el, kind === 'date_parts' || kind === 'radio' || kind === 'checkbox_group' ? members : [], stripRequiredMarks(rawLabel)),
      options,
      required,
      // Only the title of the group around it marks it ("Address *" over every
      // box of an address block, its second line too).
      required_by_group: required && !requiredOwn,
      multiple: !!el.multiple,
      checked: kind === 'checkbox' ? choiceSelected(el) : false,
      read_only: (el.tagName === 'INPUT' || el.tagName === 'TEXTAREA') && el.readOnly,
      value,
      validation_message: validationMessage(el),
      max_length: typeof el.maxLength === 'number' ? el.maxLength : -1,
      accept: el.getAttribute('accept') || '',
      pattern: el.getAttribute('pattern') || '',
      input_mode: (el.getAttribute('inputmode') || '').toLowerCase(),
      lang: languageOf(el),
      date_parts: kind === 'date_parts' ? members.map(datePartOf) : [],
    };
  }

  // The last modal dialog open now that does not hold `field`: one the field's
  // click opened.
  function dialogBeside(field) {
    const dialogs = deepQueryAll(document, '[role="dialog"], [role="alertdialog"], dialog[open], [aria-modal="true"]')
      .filter((d) => isVisible(d) && !d.contains(field));
    return dialogs[dialogs.length - 1] || null;
  }

  // A cookie or consent banner: a person dismisses it before anything else.
  function inConsentBanner(el) {
    const marked = el.closest('[id*="cookie" i], [class*="cookie" i], [id*="consent" i], [class*="consent" i], [aria-label*="cookie" i], [aria-label*="consent" i]');
    if (marked) return true;
    for (let node = el.parentElement; node; node = node.parentElement) {
      const position = getComputedStyle(node).position;
      if (position === 'fixed' || position === 'sticky' || node.getAttribute('role') === 'dialog') {
        return /cookie|consent/i.test(node.textContent || '');
      }
    }
    return false;
  }

  // A card drawn as one link or button (the tiles of a page that offers ways to
  // apply: "Apply with XING", "Fill in the form", each over a line of
  // description) says what it does in its title, the first block it holds; the
  // whole card's text is a sentence, no button's words. Text short enough to be
  // a button's is kept whole.
  const BUTTON_WORDS = 60;
  function cardTitle(el, shown) {
    if (shown.length <= BUTTON_WORDS) return shown;
    const first = Array.from(el.children).find((child) => isVisible(child) && clean(textWithoutControls(child)));
    if (!first) return shown;
    const display = getComputedStyle(first).display;
    if (!/^H[1-6]$/.test(first.tagName) && !['block', 'flex', 'grid', 'list-item', 'table'].includes(display)) return shown;
    const title = clean(textWithoutControls(first));
    return title.length <= BUTTON_WORDS && shown.startsWith(title) && shown.length > title.length ? title : shown;
  }

  // What a button says: its text, else its aria-label or title; an <input>
  // button says its value, or the browser's default caption when it has none.
  function buttonText(el) {
    let shown = '';
    if (el.tagName === 'IMG') {
      shown = clean(el.getAttribute('alt')) || clean(el.getAttribute('title'));
    } else if (el.tagName === 'INPUT') {
      const type = (el.getAttribute('type') || '').toLowerCase();
      shown = type === 'image' ? clean(el.getAttribute('alt')) || el.value
        : el.value || (type === 'submit' ? 'Submit' : type === 'reset' ? 'Reset' : '');
    } else {
      shown = cardTitle(el, clean(textWithoutControls(el)));
    }
    // "Add" next to each section says which section through its aria-label. A
    // label that spells the posting out in a sentence for screen readers ("Easy
    // Apply to <title> at <company>", LinkedIn's job buttons) is no button's words:
    // the button is known by what it shows (ClassifyButton reads longer text as prose).
    const named = clean(el.getAttribute('aria-label'));
    const sentence = named.length > BUTTON_WORDS_MAX && clean(shown) !== '';
    return clip(named && !sentence && named.toLowerCase().includes(clean(shown).toLowerCase()) ? named
      : (shown || named || el.getAttribute('title') || ''));
  }

  // Every button a person could press, with what it says, in document order;
  // also a form's disabled buttons: a send button waits, disabled, for a consent
  // box or the required fields, and is pressed once they are filled.
  function collectButtons() {
    const out = [];
    const modal = openModal();
    for (const el of deepQueryAll(document, BUTTON_SELECTOR)) {
      if (!isVisible(el) || unreachable(el, modal) || (el.disabled && !closestAcrossShadow(el, 'form'))) continue;
      // A wizard hides the step buttons that do not apply with the hidden
      // attribute, which a stylesheet's display rule can override: still shown, the
      // page means it gone ("Next" on the last step).
      if (el.hidden) continue;
      if (el.matches(CHOICE_BUTTON_SELECTOR) || isToggleWidget(el) || el.getAttribute('aria-haspopup') === 'listbox' ||
          isProxiedMenuButton(el)) continue;
      const text = buttonText(el);
      if (text) out.push({ el, text, reveals: revealsFields(el) });
    }
    for (const el of deepQueryAll(document, ROLELESS_BUTTON_SELECTOR)) {
      if (!isRolelessButton(el) || !isVisible(el) || unreachable(el, modal)) continue;
      const text = buttonText(el);
      if (!text) continue;
      const next = out.findIndex((b) => el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING);
      out.splice(next < 0 ? out.length : next, 0, { el, text, reveals: revealsFields(el) });
    }
    // A closed <details>' own summary (no role of its own) is a button only as a
    // section's toggle: a FAQ's summaries open text, not fields.
    for (const el of deepQueryAll(document, 'summary')) {
      if (el.matches(BUTTON_SELECTOR) || !isVisible(el) || unreachable(el, modal) || !revealsFields(el)) continue;
      const text = buttonText(el);
      if (!text) continue;
      const next = out.findIndex((b) => el.compareDocumentPosition(b.el) & Node.DOCUMENT_POSITION_FOLLOWING);
      out.splice(next < 0 ? out.length : next, 0, { el, text, reveals: true });
    }
    return out;
  }

  // A button drawn as a plain element with no role, which its class names a button
  // and which the pointer shows can be pressed (Semantic UI's and Fomantic-UI's
  // <div class="ui submit button">, the form behaviour's own send convention, and
  // their <div class="ui button"> Next and Back): a button all the same. A label
  // drawn as a button presses the control it names (a file chooser), which is read
  // as that control; one inside a button, a field or a list is part of it.
  const ROLELESS_BUTTON_SELECTOR = 'div[class], span[class], a:not([href])[class]';
  const ROLELESS_BUTTON_NAME = /(^|[-_\s])(button|btn)(\s|$)/i;
  function isRolelessButton(el) {
    if (el.hasAttribute('role') || !ROLELESS_BUTTON_NAME.test(el.getAttribute('class') || '')) return false;
    if (getComputedStyle(el).cursor !== 'pointer' && !(el.hasAttribute('tabindex') && el.tabIndex >= 0)) return false;
    if (el.querySelector(CONTROL_SELECTOR + ', ' + BUTTON_SELECTOR + ', ' + ROLELESS_BUTTON_SELECTOR.replace(/\[class\]/g, '[class*="button"]'))) return false;
    const parent = el.parentElement;
    return !parent || !parent.closest(BUTTON_SELECTOR + ', ' + CONTROL_SELECTOR + ', label, [role="listbox"], [role="menu"]');
  }

  // The words a page's code gives a button: its id, name, classes and data-*
  // attributes, split at case changes and punctuation. Developers write them in
  // English, or in their own language, on pages in any (class="btn--apply",
  // data-open-apply, id="applyButton"), so they name the way in where the
  // button's own words are in a language the engine does not know.
  function codeWords(el) {
    const parts = [el.id || '', el.getAttribute('name') || '', el.getAttribute('class') || ''];
    for (const attr of Array.from(el.attributes)) {
      if (!attr.name.startsWith('data-')) continue;
      parts.push(attr.name.slice(5));
      if (attr.value.length <= 40) parts.push(attr.value);
    }
    const words = parts.join(' ').replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').toLowerCase()
      .split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    return Array.from(new Set(words)).join(' ').slice(0, 300);
  }

  function buttonLocator(el, text) {
    return {
      hosts: shadowHosts(el),
      tag: el.tagName.toLowerCase(),
      type: (el.getAttribute('type') || '').toLowerCase(),
      name: el.getAttribute('name') || '',
      id: stableId(el.id),
      text,
    };
  }

  // The name of the dialog, form or landmark a button sits in ("Send us
  // feedback", "Sign in"): a Send inside a feedback dialog is not the
  // application's.
  function regionName(el) {
    const regions = '[role="dialog"], [role="alertdialog"], dialog, form, [role="form"], [role="region"], ' +
      '[role="complementary"], aside, section';
    for (let node = closestAcrossShadow(el.parentElement || el, regions); node;
      node = node.parentElement ? closestAcrossShadow(node.parentElement, regions) : null) {
      const named = accessibleNameOfGroup(node);
      if (named) return clip(named);
    }
    return '';
  }

  // Styled as the main action: a class that says so (primary, CTA, submit) or a
  // coloured fill, where secondary buttons are white, grey or outlined.
  function emphasized(el) {
    const classes = typeof el.className === 'string' ? el.className : el.getAttribute('class') || '';
    if (/primary|(^|[-_\s])(cta|submit|main-action)([-_\s]|$)/i.test(classes)) return true;
    const match = /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(getComputedStyle(el).backgroundColor || '');
    if (!match || (match[4] !== undefined && parseFloat(match[4]) < 0.5)) return false;
    const [r, g, b] = [match[1], match[2], match[3]].map(Number);
    return Math.max(r, g, b) - Math.min(r, g, b) > 60;
  }

  // The form a button acts for: the one around it; or the one its footer closes
  // (a wizard drawing its buttons right after the <form>, so that the form
  // scrolls and the footer stays); or, on a page built without a <form>
  // (Oracle's and other Knockout or React apply flows), the wrapper whose
  // fields all come before the button's row.
  function formOf(el) {
    const own = closestAcrossShadow(el, 'form');
    if (own) return own;
    let child = el;
    for (let depth = 0; depth < 6; depth++) {
      const node = child.parentElement || (child.getRootNode() && child.getRootNode().host);
      if (!node || node === document.body || node === document.documentElement) return null;
      const allForms = node.querySelectorAll('form');
      if (allForms.length > 0) {
        // A wizard that keeps every step's form mounted and shows one (a-steps or
        // Steps panes in Vue and React) is, to its row of actions, the one shown.
        const shownForms = Array.from(allForms).filter(isVisible);
        const forms = shownForms.length > 0 ? shownForms : Array.from(allForms);
        const form = forms[0];
        let after = form.nextElementSibling;
        while (after && after !== child && !isVisible(after)) after = after.nextElementSibling;
        const footer = forms.length === 1 && form.parentElement === node && after === child;
        // A dialog's footer after the body that holds its form (Bootstrap's
        // .modal-footer, Angular Material's dialog actions, Novo Elements' modal
        // footer): only buttons, after the form, in a dialog or a panel drawn over
        // the page. Outside one, a later row of buttons may be another part's.
        const dialogFooter = forms.length === 1 && !child.querySelector(CONTROL_SELECTOR) &&
          !!(form.compareDocumentPosition(child) & Node.DOCUMENT_POSITION_FOLLOWING) && inDialogOrOverlay(node);
        return (footer || dialogFooter) && controlsIn(form).length >= 2 ? form : null;
      }
      const fields = controlsIn(node)
        .filter((c) => c.type !== 'hidden' && !child.contains(c));
      if (fields.length >= 3) {
        const before = fields.every((c) => child.compareDocumentPosition(c) & Node.DOCUMENT_POSITION_PRECEDING);
        return before ? node : null;
      }
      child = node;
    }
    return null;
  }

  // A link that leads to another page (not to an anchor of this one, not to a script).
  function linksAway(el) {
    const href = el.tagName === 'A' ? (el.getAttribute('href') || '').trim() : '';
    return href !== '' && !href.startsWith('#') && !/^javascript:/i.test(href);
  }

  function inDialogOrOverlay(el) {
    if (closestAcrossShadow(el, '[role="dialog"], [role="alertdialog"], [aria-modal="true"], dialog')) return true;
    for (let node = el; node && node !== document.body; node = node.parentElement) {
      if (getComputedStyle(node).position === 'fixed') return true;
    }
    return false;
  }

  function perceiveButtons() {
    const found = collectButtons();
    const formFor = new Map(found.map(({ el }) => [el, formOf(el)]));
    // The last button of each form, where a step's action usually sits; a reset,
    // a button that never acts for a step ("Clear form", "Cancel") or a link to
    // another page (the footer's "Terms of Service") may follow it, as Google
    // Forms puts "Clear form" and its footer's links after its Submit.
    // In the row of buttons after the form's last field, a plain button or link
    // that follows the emphasized one is a side action in words the engine may
    // not read ("Save and finish later" drawn as a link after Next): the step's
    // action is the last emphasized button there, else the last submit button,
    // else the last one.
    const lastOfForm = new Map();
    const rankOfLast = new Map();
    const lastField = new Map();
    const afterFields = (form, el) => {
      if (!lastField.has(form)) {
        const shown = controlsIn(form).filter((c) => c.type !== 'hidden' && c.type !== 'submit' &&
          c.type !== 'button' && c.type !== 'reset' && c.type !== 'image' && isVisible(c));
        lastField.set(form, shown.length > 0 ? shown[shown.length - 1] : null);
      }
      const field = lastField.get(form);
      return !field || !!(field.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING);
    };
    for (const { el, text, reveals } of found) {
      const form = formFor.get(el);
      // (A section's toggle opens fields; it never acts for the form.)
      if (!form || el.disabled || reveals || (el.getAttribute('type') || '').toLowerCase() === 'reset' || saysWords('never', text) ||
          linksAway(el)) continue;
      const type = (el.getAttribute('type') || (el.tagName === 'BUTTON' ? 'submit' : '')).toLowerCase();
      const rank = !afterFields(form, el) ? 0 : emphasized(el) ? 3 : type === 'submit' ? 2 : 1;
      if (rank < (rankOfLast.get(form) || 0)) continue;
      lastOfForm.set(form, el);
      rankOfLast.set(form, rank);
    }
    // A form that holds nothing a person fills in, only its button (and hidden
    // inputs): the way server-rendered pages draw a button that goes somewhere
    // (a form per action, Rails' button_to, a portal's 'Apply without
    // registration' beside its log-in form). Its button is no step of a form.
    const fieldlessForm = new Map();
    const holdsNoField = (form) => {
      if (!fieldlessForm.has(form)) {
        const fillable = controlsIn(form).some((c) =>
          c.type !== 'hidden' && c.type !== 'submit' && c.type !== 'button' && c.type !== 'reset' &&
          c.type !== 'image' && isVisible(c) && !hiddenLikeScreenReaderText(c));
        fieldlessForm.set(form, !fillable);
      }
      return fieldlessForm.get(form);
    };
    const out = found.map(({ el, text, reveals }, index) => ({
      index,
      text,
      tag: el.tagName.toLowerCase(),
      type: (el.getAttribute('type') || (el.tagName === 'BUTTON' ? 'submit' : '')).toLowerCase(),
      in_form: !!formFor.get(el),
      in_fieldless_form: !!formFor.get(el) && holdsNoField(formFor.get(el)),
      href: el.tagName === 'A' ? el.getAttribute('href') || '' : '',
      id: el.id || '',
      name: el.getAttribute('name') || '',
      overlay: inConsentBanner(el),
      in_dialog: !!closestAcrossShadow(el, '[role="dialog"], [role="alertdialog"], [aria-modal="true"], dialog[open]'),
      in_navigation: !!closestAcrossShadow(el, NAVIGATION_SELECTOR),
      in_site_chrome: inSiteChrome(el),
      region: regionName(el),
      emphasized: emphasized(el),
      disabled: !!el.disabled,
      last_in_form: !!formFor.get(el) && lastOfForm.get(formFor.get(el)) === el,
      reveals_fields: reveals,
      code: codeWords(el),
      locator: buttonLocator(el, text),
    }));
    numberLocators(out.map((b) => b.locator));
    state.buttons = found.map((b) => b.el);
    state.buttonKeys = out.map((b) => locatorKey(b.locator));
    return out;
  }

  // A collapsed section's toggle: the summary of a closed <details> (native, or the
  // one a web component draws in its shadow root around the fields slotted into
  // it: Shoelace's sl-details, an accordion of form sections) or a disclosure
  // button (aria-expanded=false, as Bootstrap's accordion and the ARIA disclosure
  // pattern draw it) over the region its aria-controls names, where that section
  // holds form controls a person sees only once it is open. A popup's button (a
  // list, a menu, a dialog) is no section, nor is the site's own chrome.
  function revealsFields(el) {
    let region = null;
    const details = el.tagName === 'SUMMARY' ? el.parentElement : null;
    if (details && details.tagName === 'DETAILS') {
      if (details.open) return false;
      region = details;
    } else if (el.getAttribute('aria-expanded') === 'false' && !el.hasAttribute('aria-haspopup')) {
      const ids = (el.getAttribute('aria-controls') || '').split(/\s+/).filter(Boolean);
      region = ids.map((id) => byIdInRoot(el, id)).find(Boolean) || null;
    }
    if (!region || closestAcrossShadow(region, POPUP_REGION_SELECTOR) || inSiteChrome(el)) return false;
    const within = (node) => {
      for (let n = node; n; n = drawnParent(n)) if (n === region) return true;
      return false;
    };
    return deepQueryAll(document, CONTROL_SELECTOR + ', ' + CHOICE_BUTTON_SELECTOR).some((control) =>
      control !== el && control.type !== 'hidden' && !control.hidden && within(control) && !isVisible(control));
  }
  const POPUP_REGION_SELECTOR = '[role="listbox"], [role="menu"], [role="tree"], [role="grid"], [role="dialog"], [role="alertdialog"], dialog';

  // Whether the browser's own constraint check failed for a control the person
  // (or a submit attempt) touched: :user-invalid; older engines lack it, and then
  // only a value the control rejects counts (an empty required box is no error
  // before anyone tried to send the form).
  function userInvalid(el) {
    if (!el.validity || el.validity.valid || !el.willValidate) return false;
    // A tag box's chips are its value: the empty text box beside them misses
    // nothing (Angular Material's chip input carries its chip grid's required).
    if (el.validity.valueMissing && chosenItems(el).length > 0) return false;
    try {
      return el.matches(':user-invalid');
    } catch (e) {
      return !el.validity.valueMissing;
    }
  }

  // ASP.NET WebForms' ValidationSummary control keeps its name in the id it renders
  // ("ctl00_MainContent_ValidationSummary1") and often in its CssClass.
  // (Semantic UI and Fomantic-UI list a form's errors in its ".ui.error.message",
  // shown while the form has the class "error".)
  const ERROR_BOX_SELECTOR = '[role="alert"], [aria-live="assertive"], [class*="error-summary" i], ' +
    '[class*="errorsummary" i], [class*="alert-danger" i], [class*="form-errors" i], [class*="validation-summary" i], ' +
    '[class*="validationsummary" i], [id*="ValidationSummary"], .ui.error.message';

  // The page's validation errors: per control (aria-invalid with its message,
  // the browser's constraint message, error text beside it), then the alert and
  // summary boxes, each mapped to the control it links to or names.
  function perceiveErrors(described) {
    const errors = [];
    const seen = new Set();
    const add = (message, field, source) => {
      const text = clip(message);
      if (!text || seen.has(field + '|' + text)) return;
      seen.add(field + '|' + text);
      errors.push({ message: text, field, source });
    };
    const claimed = new Set();  // error boxes already read as one control's
    state.entries.forEach((entry, index) => {
      const members = entry.members;
      const invalid = members.find((m) => m.getAttribute('aria-invalid') === 'true');
      if (invalid) {
        add(described[index].validation_message || invalid.validationMessage || 'invalid', index, 'aria-invalid');
      }
      const broken = members.find(userInvalid);
      if (broken && broken.validationMessage) add(broken.validationMessage, index, 'constraint');
      const near = nearErrorBox(entry.el);
      if (near) {
        claimed.add(near);
        add(textWithoutControls(near), index, 'near-field');
      }
    });
    for (const box of deepQueryAll(document, ERROR_BOX_SELECTOR)) {
      if (claimed.has(box) || !isVisible(box) || isFieldHint(box)) continue;
      if (Array.from(claimed).some((c) => c.contains(box) || box.contains(c))) continue;
      const lines = deepQueryAll(box, 'li, a[href^="#"]').filter(isVisible);
      const items = lines.length ? lines.filter((l) => !lines.some((o) => o !== l && l.contains(o))) : [box];
      for (const item of items) {
        add(textWithoutControls(item), fieldNamedBy(item, described), lines.length ? 'summary' : 'alert');
      }
    }
    return errors;
  }

  // Whether `text` quotes `label` as words: from a word's start, and for a short
  // label to a word's end too, so a three-letter label is not found inside a
  // longer word of the message (Serbian 'Pol' in 'Proverite označena polja').
  const WORD_CHARACTER = /[\p{L}\p{N}]/u;
  function quotesLabel(text, label) {
    for (let at = text.indexOf(label); at >= 0; at = text.indexOf(label, at + 1)) {
      if (at > 0 && WORD_CHARACTER.test(text[at - 1])) continue;
      const after = text.charAt(at + label.length);
      if (label.length < 6 && after && WORD_CHARACTER.test(after)) continue;
      return true;
    }
    return false;
  }

  // The control an error line is about: the one its link points at, else the one
  // whose label it quotes (the longest such label, so "Phone" does not claim a
  // line about "Mobile phone" when both exist).
  function fieldNamedBy(item, described) {
    const link = item.matches('a[href^="#"]') ? item : item.querySelector && item.querySelector('a[href^="#"]');
    // (A link to "#" alone points at no control: its words name it.)
    const target = link ? decodeURIComponent(link.getAttribute('href').slice(1)) : '';
    if (target) {
      const index = state.entries.findIndex((e) => e.members.some((m) => m.id === target || m.getAttribute('name') === target));
      if (index >= 0) return index;
    }
    const text = textWithoutControls(item).toLowerCase();
    let best = -1;
    described.forEach((d, index) => {
      const label = (d.label || '').toLowerCase();
      if (label.length >= 3 && quotesLabel(text, label) && (best < 0 || label.length > described[best].label.length)) best = index;
    });
    return best;
  }

  // The error box beside a control: in the nearest wrapper around it that holds
  // one (not containing it), climbing only while the wrapper is this control's
  // alone — a wrapper that also holds another field's control (a table of
  // fields, a row of boxes) speaks for this control only when it is the one
  // marked invalid there. A message box that is always there (hints shown in a
  // live region) is an error only when the control is marked invalid or the
  // box, or a wrapper of it inside that one, is styled as an error.
  const ERROR_STYLE_SELECTOR = '[class*="error" i], [class*="invalid" i], [class*="danger" i]';
  function styledAsError(box, wrapper) {
    for (let at = box; at && at !== wrapper.parentElement; at = at.parentElement) {
      if (at.matches(ERROR_STYLE_SELECTOR) || at.classList.contains('invalid-feedback')) return true;
    }
    return inErrorColour(box);
  }

  // Red text: how utility-CSS pages (Tailwind's text-red-600) mark an error that
  // no class or attribute names; hints are grey. Tailwind 4 writes its palette in
  // oklch, which computed styles keep.
  function inErrorColour(el) {
    const colour = getComputedStyle(el).color || '';
    const rgb = /rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(colour);
    if (rgb) {
      const [r, g, b] = [rgb[1], rgb[2], rgb[3]].map(Number);
      return r >= 150 && g < 0.6 * r && b < 0.6 * r;
    }
    const oklch = /oklch\(([\d.]+%?)\s+([\d.]+)\s+([\d.]+)/.exec(colour);
    if (!oklch) return false;
    const chroma = Number(oklch[2]), hue = Number(oklch[3]);
    return chroma >= 0.1 && (hue <= 40 || hue >= 350);
  }

  // A message box in the wrapper of one field, not styled as an error: the
  // field's hint, in a live region (component libraries show hints and errors
  // in the same box), not a message about the form.
  function isFieldHint(box) {
    for (let node = box.parentElement, depth = 0; node && depth < 6; node = node.parentElement, depth++) {
      if (node.matches('form, body')) return false;
      const controls = controlsIn(node).filter(isVisible);
      if (!controls.length) continue;
      const fields = new Set(controls.map((c) => c.getAttribute('name') || c));
      return fields.size === 1 && !styledAsError(box, node);
    }
    return false;
  }
  // A few controls that answer one question together in a fieldset or group (a
  // date's month and year lists under "Started") show one error for all of them,
  // beside their row rather than inside one control's wrapper: it is the group's
  // first control's. A section's fieldset, its errors inside each field's
  // wrapper, has none of its own.
  // IBM's Carbon Design System writes a field's invalid (and warning) text into
  // .cds--form-requirement (.bx--form-requirement before v11), a class that names
  // no error: shown red, or beside a box marked invalid, it is the field's.
  // Semantic UI and Fomantic-UI put it in a pointing ".prompt.label" inside the
  // field's wrapper, which alone says "error" (".field.error").
  const ERROR_CANDIDATE_SELECTOR = '[class*="error" i], [role="alert"], .invalid-feedback, ' +
    '.cds--form-requirement, .bx--form-requirement, .prompt.label';
  function groupErrorBox(el, node, invalid) {
    if (!node.matches('fieldset, [role="group"]')) return null;
    const controls = controlsIn(node).filter(isVisible);
    if (controls.length > 4 || controls[0] !== el) return null;
    for (const child of node.children) {
      if (child.matches(CONTROL_SELECTOR) || child.querySelector(CONTROL_SELECTOR)) continue;
      const box = child.matches(ERROR_CANDIDATE_SELECTOR) ? child : child.querySelector(ERROR_CANDIDATE_SELECTOR);
      if (box && textWithoutControls(box) && isVisible(box) && (invalid || styledAsError(box, node))) return box;
    }
    return null;
  }

  function nearErrorBox(el) {
    return remembered('errorBoxes', el, () => nearErrorBoxNow(el));
  }

  function nearErrorBoxNow(el) {
    const name = el.getAttribute('name');
    const invalid = el.getAttribute('aria-invalid') === 'true';
    const isOther = (control) => control !== el && !el.contains(control) &&
      !(name && control.getAttribute('name') === name) && isVisible(control);
    for (let node = el.parentElement, depth = 0; node && depth < 8; node = node.parentElement, depth++) {
      if (node.matches('form, body')) return null;
      const others = controlsIn(node).filter(isOther);
      if (others.length && !(invalid && !others.some((o) => o.getAttribute('aria-invalid') === 'true'))) {
        const group = node.closest('fieldset, [role="group"]');
        return group && !group.matches('form') ? groupErrorBox(el, group, invalid) : null;
      }
      for (const candidate of node.querySelectorAll(ERROR_CANDIDATE_SELECTOR)) {
        if (candidate.contains(el) || candidate.querySelector(CONTROL_SELECTOR)) continue;
        if (!textWithoutControls(candidate) || !isVisible(candidate)) continue;
        if (invalid || styledAsError(candidate, node)) return candidate;
      }
    }
    return null;
  }

  // A human check a person must solve: shown on the page. Invisible reCAPTCHA
  // (data-size="invisible", its corner badge) scores in the background and
  // blocks nobody.
  function isChallenge(el) {
    if (el.getAttribute('data-size') === 'invisible' || el.closest('.grecaptcha-badge')) return false;
    return isVisible(el);
  }

  function perceive() {
    readingMemo = { visible: new Map(), shown: new Map(), shadows: new Map(), shadowless: false, queries: new Map(),
      controls: new Map(), errorBoxes: new Map(), labels: new Map() };
    readingMemo.shadowless = shadowRootsIn(document).length === 0;
    try {
      return perceiveNow();
    } finally {
      readingMemo = null;
    }
  }

  function perceiveNow() {
    const body = document.body;
    const fields = perceiveFields();
    return {
      url: location.href,
      title: document.title,
      fields,
      errors: perceiveErrors(fields),
      buttons: perceiveButtons(),
      text: body ? clean(body.innerText).slice(0, 4000) : '',
      headings: deepQueryAll(document, 'h1, h2, h3, [role="heading"]').filter(isPageHeading).map((h) => clip(h.textContent)).slice(0, 20),
      has_password: deepQueryAll(document, 'input[type="password"]').some(isVisible),
      has_captcha: deepQueryAll(document, CAPTCHA_SELECTOR).some(isChallenge),
      form_count: deepQueryAll(document, 'form').length,
      greyed: greyedControls(),
    };
  }

  // The controls a person sees greyed out (disabled) in the page's content, by
  // name or id: a list that reloads for the answer just given (the states of the
  // country chosen) is greyed while its options load, and is a field once more
  // when they have come.
  function greyedControls() {
    const out = [];
    for (const el of deepQueryAll(document, CONTROL_SELECTOR)) {
      if (!el.disabled || (el.getAttribute('type') || '').toLowerCase() === 'hidden') continue;
      if (el.tagName === 'INPUT' && SKIPPED_INPUT_TYPES.has((el.getAttribute('type') || '').toLowerCase())) continue;
      if (!isVisible(el) || inSiteChrome(el)) continue;
      const key = el.getAttribute('name') || el.id;
      if (key) out.push(key);
      if (out.length >= 20) break;
    }
    return out;
  }

  // The control a reference from C++ means: `ref` is {index, locator} from a
  // perception pass (a bare index is taken as it is). The entry at `index` is used
  // while it is still in the page and was read by the same pass as the locator;
  // otherwise (the framework replaced the nodes, or another pass renumbered them)
  // the locator finds it again and the entry is replaced.
  function entry(ref) {
    const index = typeof ref === 'number' ? ref : ref.index;
    const wanted = typeof ref === 'object' && ref.locator ? ref.locator : null;
    const e = state.entries[index];
    const current = !!e && e.members.every((m) => m.isConnected) &&
      (!wanted || state.fieldKeys[index] === locatorKey(wanted));
    if (current) return e;
    const found = wanted ? relocateField(wanted) : null;
    if (!found) throw new Error(GONE);
    state.entries[index] = found;
    state.fieldKeys[index] = locatorKey(wanted);
    return found;
  }

  function buttonAt(ref) {
    const index = typeof ref === 'number' ? ref : ref.index;
    const wanted = typeof ref === 'object' && ref.locator ? ref.locator : null;
    const el = state.buttons[index];
    if (el && el.isConnected && (!wanted || state.buttonKeys[index] === locatorKey(wanted))) return el;
    const found = wanted ? relocateButton(wanted) : null;
    if (!found) throw new Error(GONE);
    state.buttons[index] = found;
    state.buttonKeys[index] = locatorKey(wanted);
    return found;
  }

  // Scrolls the target into view and returns the point a person would click, in
  // this frame's viewport coordinates. Hidden radios/checkboxes/file inputs are
  // clicked through their visible label.
  function pointOf(el, scroll) {
    if (scroll) el.scrollIntoView({ block: 'center', inline: 'nearest' });
    // A box already in view but low in it opens its list past the viewport's
    // bottom, where a list drawn position:fixed cannot be scrolled to.
    const opensList = el.matches('[role="combobox"], [aria-haspopup="listbox"], [aria-haspopup="grid"]') ||
      isRolelessSelect(el) || isRolelessPicker(el);
    if (opensList && (scroll || !roomForList(el))) raiseForList(el);
    const { target, rect, x, y, hitElement } = clickSpot(el);
    // Whether a click there reaches the target, or something covers it (a sticky
    // header, a cookie banner).
    const hit = !!hitElement && shownAt(target, x, y) &&
      (hitElement === target || composedContains(target, hitElement) || composedContains(hitElement, target) ||
       (hitElement.tagName === 'LABEL' && labelsFor(el).includes(hitElement)) ||
       sameWidget(target, hitElement));
    const cover = hit || !hitElement ? '' : hitElement.tagName.toLowerCase() +
      (typeof hitElement.className === 'string' && hitElement.className.trim() ? '.' + hitElement.className.trim().split(/\s+/).slice(0, 2).join('.') : '');
    return { x, y, width: rect.width, height: rect.height, hit, cover, moving: moving(target) };
  }

  // Where a person clicks `el` (through its visible label when the control itself
  // is hidden) and the element topmost at that point, inside open shadow roots.
  function clickSpot(el) {
    let target = el;
    if (!isVisible(el)) {
      const label = labelsFor(el).find(isVisible);
      if (label) target = label;
      else if (el.parentElement && isVisible(el.parentElement)) target = el.parentElement;
    }
    const rect = target.getBoundingClientRect();
    const x = rect.left + Math.min(rect.width / 2, 20);
    const y = rect.top + rect.height / 2;
    let hitElement = document.elementFromPoint(x, y);
    while (hitElement && hitElement.shadowRoot) {
      const inner = hitElement.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === hitElement) break;
      hitElement = inner;
    }
    return { target, rect, x, y, hitElement };
  }

  // Whether `node` lies within `outer`, through the shadow roots between them: a
  // point over a part of a custom element's own shadow tree (the checkmark of
  // Vaadin's vaadin-combo-box-item, a Shoelace option's prefix) is over the element;
  // a point over the text a web component's button slots in (Ionic's ion-button:
  // <button> in its shadow root around a <slot>) hits the host that holds the text,
  // and the host holds that button.
  function composedContains(outer, node) {
    for (let n = node; n; n = n.parentNode || n.host) {
      if (n === outer) return true;
    }
    return false;
  }

  // Whether the element is being moved by a running, finite CSS transition or
  // animation of itself or a wrapper: a question sliding into view (Typeform's
  // next question, a step or a dialog sliding in) is not yet where a click at its
  // present point would land. Endless animations (a spinner) never settle.
  function moving(el) {
    if (typeof document.getAnimations !== 'function') return false;
    return document.getAnimations().some((a) => {
      const target = a.effect && a.effect.target;
      return a.playState === 'running' && target && target.contains && target.contains(el) &&
        a.effect.getComputedTiming().iterations !== Infinity;
    });
  }

  // A list that opens below its box (often portalled and placed by the box,
  // never flipped up) needs the room under it: the box goes to the upper
  // quarter of the viewport, as far as its scrolling container lets it.
  function roomForList(el) {
    return window.innerHeight - el.getBoundingClientRect().bottom >= Math.min(320, window.innerHeight * 0.45);
  }

  function raiseForList(el) {
    const top = el.getBoundingClientRect().top;
    const wanted = window.innerHeight * 0.25;
    if (top <= wanted) return;
    for (let node = el.parentElement; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      if (/(auto|scroll)/.test(style.overflowY) && node.scrollHeight > node.clientHeight) {
        node.scrollTop += top - wanted;
        return;
      }
    }
    window.scrollBy(0, top - wanted);
  }

  // Whether `other` is part of the same widget as `control`: within the nearest
  // boxes around the control that hold no other control. react-select and its
  // kin draw the placeholder or the chosen value over their own search input; a
  // click there reaches the widget, which hands it to the input.
  function sameWidget(control, other) {
    let node = control.parentElement;
    for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
      if (deepQueryAll(node, CONTROL_SELECTOR).some((c) => c !== control && isVisible(c))) return false;
      if (node.contains(other)) return true;
    }
    return false;
  }

  // Whether the point lies within every box around the target that clips what
  // overflows it: an option below the fold of a list that scrolls inside itself
  // is drawn nowhere, and a click at its place lands on whatever is behind.
  function shownAt(target, x, y) {
    for (let node = target.parentElement || (target.getRootNode() && target.getRootNode().host); node;
      node = node.parentElement || (node.getRootNode() && node.getRootNode().host)) {
      if (node === document.body || node === document.documentElement) break;
      const style = getComputedStyle(node);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const box = node.getBoundingClientRect();
      if (x < box.left || x > box.right || y < box.top || y > box.bottom) return false;
    }
    return true;
  }

  // Month names as date pickers write them (full or cut short: "Jun", "juin.",
  // "März"), per language, unaccented and lower-cased; index 0 is January.
  const MONTH_NAMES = [
    ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
    ['januar', 'februar', 'marz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
    ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'],
    ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    ['janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    // Norwegian, Danish, Swedish
    ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
    ['januar', 'februar', 'marts', 'april', 'maj', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'december'],
    ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'],
    ['ינואר', 'פברואר', 'מרץ', 'אפריל', 'מאי', 'יוני', 'יולי', 'אוגוסט', 'ספטמבר', 'אוקטובר', 'נובמבר', 'דצמבר'],
  ];
  // The month (1-12) a picker's button or header names, or 0.
  function monthNamed(text) {
    // Chinese, Japanese and Korean panels number their months: "3月", "3월".
    const numbered = /^(\d{1,2})\s*[\u6708\uc6d4]$/.exec(text.trim());
    if (numbered && +numbered[1] >= 1 && +numbered[1] <= 12) return +numbered[1];
    // Hebrew cuts a month short with a geresh ("ספט׳", also typed as an apostrophe).
    const word = text.normalize('NFD').replace(/[\u0300-\u036f\u0591-\u05c7]/g, '').toLowerCase().trim()
      .replace(/[.\u05f3']$/, '');
    if (word.length < 3 || !/^([a-z]+|[\u05d0-\u05ea]+)$/.test(word)) return 0;
    for (const names of MONTH_NAMES) {
      const index = names.findIndex((name) => name === word || (word.length >= 3 && name.startsWith(word)));
      if (index >= 0) return index + 1;
    }
    return 0;
  }
  // The popup a read-only date box opened: the element it controls, else the
  // picker-like container drawn nearest to it (outermost of its kind).
  function openedPicker(input) {
    const root = input.getRootNode();
    for (const id of (input.getAttribute('aria-controls') || input.getAttribute('aria-owns') || '').split(/\s+/)) {
      const el = id && (root.getElementById ? root.getElementById(id) : document.getElementById(id));
      if (el && isVisible(el)) return el;
    }
    const kinds = '[role="dialog"], [role="grid"], [role="application"], [class*="picker" i], [class*="calendar" i]';
    const at = input.getBoundingClientRect();
    let best = null;
    let bestDistance = Infinity;
    for (const el of deepQueryAll(document, kinds)) {
      if (el.contains(input) || !isVisible(el)) continue;
      const r = el.getBoundingClientRect();
      const distance = Math.hypot(r.left - at.left, r.top - at.bottom);
      if (distance < bestDistance) { best = el; bestDistance = distance; }
    }
    while (best && best.parentElement && best.parentElement.matches(kinds) && !best.parentElement.contains(input)) {
      best = best.parentElement;
    }
    // A dialog whose calendar a web component inside it draws in its own shadow
    // root (Ionic's ion-modal around an ion-datetime): the calendar is that
    // component's outermost calendar part, which its arrows and days sit in.
    if (best && !best.querySelector(kinds)) {
      const inner = deepQueryAll(best, kinds).find((el) => el !== best && isVisible(el) && el.getRootNode() !== document);
      if (inner) {
        best = inner;
        while (best.parentElement && best.parentElement.matches(kinds)) best = best.parentElement;
      }
    }
    return best;
  }
  // What says which way a picker's arrow goes: its class, its name, its text, and
  // the direction attribute some kits give it instead (Mantine's data-direction=
  // "previous" / "next" on an unnamed chevron), or the tooltip it is named by
  // alone (Fluent UI's Calendar: an icon titled "Go to previous month", in the
  // page's language when the app passes its strings).
  function arrowWords(button) {
    return (button.getAttribute('class') || '') + ' ' + (button.getAttribute('aria-label') || '') + ' ' +
      (button.getAttribute('data-direction') || '') + ' ' + (button.getAttribute('title') || '') + ' ' + button.textContent;
  }
  // Previous and next in the languages such arrows are named in (English; Norwegian
  // and Danish forrige / neste, næste; Swedish föregående / nästa), and whether an
  // arrow steps a year rather than a month.
  const BACK_WORDS = /prev|previous|back|forrige|f\u00f6reg\u00e5ende|\u00ab|\u2039/i;
  const ON_WORDS = /next|forward|neste|n\u00e6ste|n\u00e4sta|\u00bb|\u203a/i;
  const YEAR_WORDS = /year|(^|\s)\u00e5r(et)?(\s|$)/i;
  function pickerCells(picker) {
    return Array.from(picker.querySelectorAll('button, [role="button"], [role="gridcell"], [role="option"], td, li, a'))
      .filter((el) => isVisible(el) && !el.disabled && el.getAttribute('aria-disabled') !== 'true');
  }
  const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

  function deepActiveElement() {
    let active = document.activeElement;
    while (active && active.shadowRoot && active.shadowRoot.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  function readValue(ref) {
    const e = entry(ref);
    return describe(e, typeof ref === 'number' ? ref : ref.index);
  }

  // React and similar frameworks track an input's value through the prototype
  // setter; assigning `el.value` directly would be ignored by their state.
  function setNativeValue(el, text) {
    const proto = el.tagName === 'TEXTAREA' ? HTMLTextAreaElement.prototype : el.tagName === 'SELECT' ? HTMLSelectElement.prototype : HTMLInputElement.prototype;
    const setter = Object.getOwnPropertyDescriptor(proto, 'value').set;
    setter.call(el, text);
    el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    el.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
  }

  // A page at work without aria-busy: a spinner (an indeterminate progress bar; a
  // determinate one is a step indicator) or a live region that says so with a
  // trailing ellipsis ("Parsing your resume…", "Uploading..."), as resume
  // parsers and uploads do before they write into the form.
  // A short note a list or a status shows while it fetches ("Loading…", "Cargando...").
  function isLoadingNote(text) {
    return text.length > 0 && text.length < 40 && (text.endsWith('\u2026') || text.endsWith('...'));
  }

  function workInProgress() {
    const spinners = deepQueryAll(document, '[role="progressbar"]:not([aria-valuenow]), progress:not([value])');
    if (spinners.some(isVisible)) return true;
    if (underLoadingCover()) return true;
    // A dependent list being fetched: disabled, its one option "Loading…" (its
    // row may stay hidden until the options come). A widget's hidden store
    // (PrimeFaces' menu waiting for its parent's choice, its prompt
    // "Seleziona...") says nothing to anyone.
    if (deepQueryAll(document, 'select:disabled').some((list) => list.isConnected && !isHiddenStore(list) &&
      list.options.length === 1 && isLoadingNote(clean(list.options[0].text)) && getComputedStyle(list).display !== 'none')) {
      return true;
    }
    return deepQueryAll(document, '[role="status"], [aria-live="polite"], [aria-live="assertive"]').some((region) => {
      if (!isVisible(region)) return false;
      const text = clean(region.textContent);
      return text.length > 0 && text.length < 160 && (text.endsWith('\u2026') || text.endsWith('...'));
    });
  }

  // A loading mask over the whole page: one element drawn over the viewport
  // (fixed or absolute, reaching its four corners) that holds no control, with
  // every control in view under it and no dialog open. Ext JS's LoadMask (a
  // div.x-mask over the viewport while a step is saved, its "Loading..." box
  // beside it) and the full-page spinner overlays of many single-page apps say
  // nothing in ARIA; a person sees the page is busy and waits. A dialog's
  // backdrop is no such mask: the dialog is above it.
  function underLoadingCover() {
    if (innerWidth < 4 || innerHeight < 4) return false;
    if (deepQueryAll(document, '[role="dialog"], [role="alertdialog"], dialog[open]').some(isVisible)) return false;
    const spans = (el) => {
      const r = el.getBoundingClientRect();
      return r.left <= 1 && r.top <= 1 && r.right >= innerWidth - 1 && r.bottom >= innerHeight - 1;
    };
    const coverAt = (x, y) => {
      for (let el = document.elementFromPoint(x, y); el && el !== document.body && el !== document.documentElement; el = el.parentElement) {
        const position = getComputedStyle(el).position;
        if ((position === 'fixed' || position === 'absolute') && spans(el)) return el;
      }
      return null;
    };
    const corners = [[1, 1], [innerWidth - 2, 1], [1, innerHeight - 2], [innerWidth - 2, innerHeight - 2]];
    const cover = coverAt(corners[0][0], corners[0][1]);
    if (!cover || corners.some(([x, y]) => coverAt(x, y) !== cover)) return false;
    // An invisible layer that only catches the click closing an open list
    // (select2's drop mask, opacity 0) shows nobody that the page is busy.
    if (Number(getComputedStyle(cover).opacity) === 0) return false;
    // (An app shell over the viewport — Ionic's ion-app — holds the page's
    // controls, if only inside its web components' shadow roots.)
    if (deepQueryAll(cover, 'input, select, textarea, button, a[href], [role="button"], [role="combobox"]').length > 0) {
      return false;
    }
    const inView = deepQueryAll(document, 'input:not([type="hidden"]), select, textarea, button, a[href], [role="button"]')
      .filter((control) => {
        if (!isVisible(control)) return false;
        const r = control.getBoundingClientRect();
        const x = r.left + r.width / 2;
        const y = r.top + r.height / 2;
        return x >= 0 && y >= 0 && x < innerWidth && y < innerHeight;
      });
    if (inView.length === 0) return false;
    return inView.every((control) => {
      const r = control.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return !!hit && !control.contains(hit) && !holdsAcrossShadows(hit, control);
    });
  }

  // Whether `node` holds `el`, counting a shadow host as holding its shadow tree
  // (elementFromPoint answers with the host of a control inside a shadow root).
  function holdsAcrossShadows(node, el) {
    for (let at = el; at; at = at.parentNode || at.host) if (at === node) return true;
    return false;
  }

  // How long the DOM has been still, for settling, by the document's DOM clock
  // (nodes added or removed, text, and the attributes that show or hide content;
  // not style or class, which animations change all the time). `busy`: something
  // says it is still loading (aria-busy).
  function quietness() {
    if (!state.clock) {
      // The browser layer's clock has watched this document from its creation (or,
      // for a document older than our attachment, from the agent's install).
      state.clock = globalThis.__applierDomClock;
      for (const host of deepQueryAll(document, '*').filter((el) => el.shadowRoot)) {
        state.clock.watch(host.shadowRoot);
      }
    }
    const busy = deepQueryAll(document, '[aria-busy="true"]').some(isVisible) || workInProgress();
    return { quiet_ms: Math.round(performance.now() - state.clock.last), busy, ready: document.readyState };
  }

  // Whether the page is still changing by itself: an animation or a transition
  // with an end runs (an overlay fading out), something says by its class that it
  // is on its way out (Ionic's overlay-dismissing, Vue's v-leave-active, React
  // Transition Group's exit-active, Angular's ng-animating: a leave a timer ends),
  // or the DOM changed within the last `quietMs`. A spinner's endless animation
  // is no change on its way to an end.
  const LEAVING_CLASS = /(^|[\s_-])(v-leave\S*|leav(e|ing)(-active)?|dismissing|closing|exit(ing|-active)?|fade-?out|ng-animating|is-hiding)($|\s)/i;
  function inMotion(quietMs) {
    const hosts = deepQueryAll(document, '*').filter((el) => el.shadowRoot);
    const roots = [document, ...hosts.map((el) => el.shadowRoot)];
    const animating = roots.some((root) => root.getAnimations().some((a) => a.playState === 'running' &&
      a.effect && Number.isFinite(a.effect.getComputedTiming().endTime)));
    const leaving = () => roots.some((root) => Array.from(root.querySelectorAll('[class]'))
      .some((el) => LEAVING_CLASS.test(el.getAttribute('class') || '') && isVisible(el)));
    return animating || quietness().quiet_ms < quietMs || leaving();
  }

  // Resolves once the document has drawn a frame since the call and run the task
  // after it: what an input event set off at once — a framework's re-render, a
  // fetch it starts, a block it reveals — has happened by then. A document that
  // draws no frames (hidden, or in a frame out of view) answers after 100 ms.
  // Answers true: null would say the agent is not installed.
  function afterFrame() {
    return new Promise((resolve) => {
      const fallback = setTimeout(() => resolve(true), 100);
      requestAnimationFrame(() => setTimeout(() => {
        clearTimeout(fallback);
        resolve(true);
      }, 0));
    });
  }

  globalThis.__applier = {
    perceive,
    quietness,
    inMotion,
    afterFrame,
    readValue,
    // Where to click `el` (from member() or button()); `scroll` first brings it
    // into view.
    pointOf,
    member: (ref, member) => entry(ref).members[member || 0],
    button: buttonAt,
    // Whether the next click reaches the button. A click computed from a frame's
    // position can miss while a parent page is still scrolling, and a press can
    // move the page under the pointer: a menu that closes on any mousedown, a
    // blur message drawn above the button, a render on blur that replaces it.
    // The release then lands beside the button and clicks nothing.
    armButtonCheck: (ref) => {
      const press = { button: buttonAt(ref), clicked: null };
      state.press = press;
      window.addEventListener('click', (event) => { press.clicked = event.composedPath(); },
        { capture: true, once: true });
      return true;
    },
    buttonPressed: (ref) => {
      const press = state.press;
      if (!press || !press.clicked) return false;
      // The click's path crosses shadow roots: a web component's inner button.
      const reached = (button) => !!button && press.clicked.includes(button);
      if (reached(press.button)) return true;
      try { return reached(buttonAt(ref)); } catch (e) { return false; }
    },
    // The buttons of a modal dialog open now that does not hold the field (the
    // terms a consent box opens, to be agreed to before it stays ticked).
    // `enabledOnly`: leave out the buttons the page has not enabled yet.
    dialogButtons: (ref, enabledOnly) => {
      const dialog = dialogBeside(entry(ref).el);
      // (Across shadow roots: a dialog's content drawn by web components.)
      state.dialogButtons = dialog ? deepQueryAll(dialog, BUTTON_SELECTOR)
        .filter((b) => isVisible(b) && !(enabledOnly && (b.disabled || b.getAttribute('aria-disabled') === 'true'))) : [];
      return state.dialogButtons.map(buttonText);
    },
    // Every file name an upload's wrapper shows, before the input too: compared
    // before and after an upload, a name that appeared is the file taken (Indeed
    // and Paylocity show it in a status line above their upload buttons).
    fileNamesAround: (ref) => fileNamesIn(entry(ref).el, false),
    // The file input of the upload dialog a drawn upload opened, or null.
    dialogFileInput: (ref) => {
      const dialog = dialogBeside(entry(ref).el);
      return dialog ? dialog.querySelector('input[type="file"]') : null;
    },
    dialogButton: (index) => {
      const el = state.dialogButtons && state.dialogButtons[index];
      if (!el || !el.isConnected) throw new Error('the dialog closed');
      return el;
    },
    clickButton: (ref) => {
      const el = buttonAt(ref);
      el.click();
      return true;
    },
    element: (ref) => entry(ref).el,
    // A popup another control left open over this one (a date picker's calendar
    // that stays after its box was typed into and left, closing only on a press
    // outside it, as Arco's and Ant Design's triggers do): pressed away as a
    // person clicks on the empty page. Never with a modal dialog open, whose own
    // press-outside would close the form. True when the cover went.
    dismissStrayPopup: (ref) => {
      if (openModal()) return false;
      const el = entry(ref).el;
      const { target, hitElement: cover } = clickSpot(el);
      if (!cover || !document.body || composedContains(target, cover) || composedContains(cover, target)) return false;
      if (cover.closest('[role="dialog"], [role="alertdialog"], dialog')) return false;
      for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup', 'click']) {
        const Event = type.startsWith('pointer') ? PointerEvent : MouseEvent;
        document.body.dispatchEvent(new Event(type, { bubbles: true, composed: true, cancelable: true, view: window }));
      }
      return !cover.isConnected || !isVisible(cover) || clickSpot(el).hitElement !== cover;
    },
    // Whether the field lies inside the modal dialog open over the page.
    inModal: (ref) => {
      const modal = openModal();
      return !!modal && insideAcrossShadow(entry(ref).el, modal);
    },
    // The button that confirms the option just clicked in the dialog the field
    // opened, when the dialog waits for it; null otherwise.
    choiceConfirmButton: (ref) => choiceConfirmButton(entry(ref).el),
    // The options a combobox shows now that it is open: its own listbox's, else
    // every visible option in the frame (popups are often rendered at the end of
    // <body>, away from their control).
    openOptions: (ref) => {
      if (entry(ref).overlaySelect) {
        state.options = overlayChoices(entry(ref).el);
        state.optionLabels = state.options.map(optionText);
        return state.options.map(describeOption);
      }
      let found = shownOptions(entry(ref).el);
      if (found.length === 0 && entry(ref).proxy) {
        // A menu-drawn select lists its choices as menu items.
        found = deepQueryAll(document, '[role="menu"] [role="menuitem"], [role="menu"] [role="menuitemradio"]')
          .filter(isVisible);
      }
      // A list drawn without roles beside its box; also the popup of a button that
      // says it opens one (aria-haspopup) but draws its rows without roles: a
      // phone box's flag button over its country list (Tally's phone block) —
      // only a button, and while it says the popup is open: a box's rows beside
      // it are the form's while its own list loads (react-select's "Loading..."),
      // as a closed Material select's are, and a list "still open" after a choice
      // would be clicked open again.
      const trigger = entry(ref).el;
      const opensPopup = (trigger.tagName === 'BUTTON' || trigger.getAttribute('role') === 'button') &&
        trigger.hasAttribute('aria-haspopup') && trigger.getAttribute('aria-haspopup') !== 'false' &&
        trigger.getAttribute('aria-expanded') !== 'false';
      if (found.length === 0 && entry(ref).drawn) found = rowsBeside(entry(ref).el);
      // (A note such a popup shows while its rows are fetched — "Loading..." — is
      // no option: the rows are waited for.)
      if (found.length === 0 && opensPopup) {
        found = rowsBeside(trigger).filter((row) => !isLoadingNote(clean(row.textContent)));
      }
      state.options = found;
      state.optionLabels = found.map(optionText);
      return found.map(describeOption);
    },
    // Whether the box's list says nothing matches what was typed ("No options",
    // "Aucun résultat": page_words.json's nothing_found), in a short note with no
    // control in it, drawn where the list opens: in the listbox the box controls,
    // or just below or above the box, where a list drawn at the end of <body> is
    // placed (react-select's menu, MUI's popper, Select2's and Ant Design's
    // dropdowns). A note anywhere else on the page is not the box's.
    saysNothingFound: (ref) => {
      const el = entry(ref).el;
      const note = (node) => {
        for (let at = node, depth = 0; at && at !== document.body && depth < 4; at = at.parentElement, depth++) {
          const text = clean(at.textContent);
          if (text.length > 40) return false;
          if (text && saysWords('nothing_found', text) && !at.querySelector('input, select, textarea, button, [role="option"]:not([aria-disabled="true"])')) {
            return isVisible(at);
          }
        }
        return false;
      };
      const list = controlledListbox(el);
      if (list && isVisible(list) && clean(list.textContent).length <= 40 && saysWords('nothing_found', list.textContent)) return true;
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) return false;
      for (const x of [r.left + Math.min(12, r.width / 2), r.left + r.width / 2]) {
        for (const dy of [6, 18, 30, 44, 60]) {
          for (const y of [r.bottom + dy, r.top - dy]) {
            if (y < 0 || y >= innerHeight || x < 0 || x >= innerWidth) continue;
            let hit = document.elementFromPoint(x, y);
            while (hit && hit.shadowRoot) {
              const inner = hit.shadowRoot.elementFromPoint(x, y);
              if (!inner || inner === hit) break;
              hit = inner;
            }
            if (hit && hit !== el && !hit.contains(el) && note(hit)) return true;
          }
        }
      }
      return false;
    },
    // Scrolls the list WaitForOptions last read by most of its height, for lists
    // that draw only the rows in sight (rc-virtual-list, react-window): resolves
    // once the list had a frame to draw the new rows; false at the end of the list.
    scrollOptions: () => {
      const last = state.options && state.options[state.options.length - 1];
      const scroller = last && last.isConnected ? optionScroller(last) : null;
      if (!scroller || scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1) return false;
      const row = last.getBoundingClientRect().height;
      scroller.scrollTop += Math.max(row, scroller.clientHeight - row);
      return new Promise((resolve) => {
        const done = () => resolve(true);
        requestAnimationFrame(() => requestAnimationFrame(done));
        setTimeout(done, 250);
      });
    },
    // Option `index` of the list read last. A virtual list that recycles its rows
    // (Vaadin's combo box, react-window keyed by index) shows another item in the
    // same element once it has scrolled: the row that shows the option's label now.
    option: (index) => {
      const el = state.options && state.options[index];
      if (!el || !el.isConnected) throw new Error('the option is no longer shown (the list closed)');
      const label = state.optionLabels[index];
      if (optionText(el) === label) return el;
      const now = Array.from(el.parentNode.querySelectorAll('[role="option"]')).find((o) => optionText(o) === label);
      if (!now) throw new Error('the option is no longer shown (the list scrolled past it)');
      return now;
    },
    // Whether the focused box's active option (aria-activedescendant, as ARIA's
    // combobox and listbox patterns mark the one the arrow keys reached) is option
    // `index` of the list read last: the row that shows its label, which in a list
    // that recycles its rows may be another element.
    optionIsActive: (index) => {
      const active = deepActiveElement();
      const id = active && active.getAttribute('aria-activedescendant');
      const current = id ? byIdInRoot(active, id) : null;
      return !!current && !!state.optionLabels && optionText(current) === state.optionLabels[index];
    },
    // How many presses of the down arrow reach option `index` from the top: its
    // aria-posinset where the list gives one (a virtual list draws only some rows,
    // the position is in the whole list), else its place among those read.
    optionPresses: (index) => {
      const el = state.options && state.options[index];
      const position = el ? Number(el.getAttribute('aria-posinset')) : NaN;
      return Number.isInteger(position) && position > index ? position : index + 1;
    },
    // Focus and select the current content so typed text replaces it; false when
    // typing cannot go in (not focused, or read-only).
    focusForTyping: (ref) => {
      const e = entry(ref);
      // A picker button takes no typing: its date is chosen in what it opened.
      if (e.picker) return false;
      // A widget with a focusser types into the search box its list opened with,
      // which it focused (Select2 3.x moves that box to the end of <body>).
      const active = deepActiveElement();
      const searchBox = !!active && active !== e.focus && active.tagName === 'INPUT' &&
        /^(text|search|)$/.test((active.getAttribute('type') || '').toLowerCase()) && !!controlledListbox(active);
      const inner = e.el.tagName !== 'INPUT' && !e.el.isContentEditable ?
        e.el.querySelector('input:not([type]), input[type="text"], input[type="search"]') : null;
      const drawn = !inner && e.el.tagName !== 'INPUT' && !e.el.isContentEditable;
      let el = (e.focus || drawn) && searchBox ? active : inner || e.el;
      if (deepActiveElement() !== el) el.focus();
      // A formatted number box that edits in a twin (Kendo UI's NumericTextBox shows
      // "75.000 €" in an unnamed box; focused, it hides that box and moves the focus
      // to the named one beside it, which takes the bare number): the typing goes
      // where the focus went, and leaving that box is leaving the field.
      const moved = deepActiveElement();
      if (moved !== el && isEditingTwin(el, moved)) {
        el = moved;
        e.typingInto = moved;
      }
      if (el.isContentEditable) {
        const range = document.createRange();
        range.selectNodeContents(el);
        const selection = getSelection();
        selection.removeAllRanges();
        selection.addRange(range);
      } else if (typeof el.select === 'function') {
        el.select();
      }
      return deepActiveElement() === el && !el.readOnly;
    },
    // Whether the list the field opened came with a search box of its own, which it
    // focused (Select2's single select, Chosen, Tom Select's dropdown input): a box
    // that is no text box itself is searched there.
    searchesInList: (ref) => {
      const e = entry(ref);
      if (e.picker) return false;
      const active = deepActiveElement();
      return !!active && active !== e.el && active !== e.focus && !e.el.contains(active) &&
        active.tagName === 'INPUT' && /^(text|search|)$/.test((active.getAttribute('type') || '').toLowerCase()) &&
        !!controlledListbox(active);
    },
    // Before pressing Enter in a search box that searches on Enter (Workday's
    // prompts): false when an option is highlighted, as Enter would choose it;
    // else, until endEnterSearch, a submit event anywhere is stopped, so the same
    // Enter can never send the form the box sits in (implicit submission).
    beginEnterSearch: (ref) => {
      const el = entry(ref).el;
      if (deepActiveElement() !== el) return false;
      if (el.getAttribute('aria-activedescendant')) return false;
      const box = controlledListbox(el);
      const shown = box ? optionsOf(box) : [];
      if (shown.some((o) => o.getAttribute('aria-selected') === 'true' || /(^|[-_\s])(active|highlighted|focused)\b/i.test(o.className))) {
        return false;
      }
      if (!state.stopSubmit) {
        state.stopSubmit = (event) => { event.preventDefault(); event.stopImmediatePropagation(); };
        window.addEventListener('submit', state.stopSubmit, true);
      }
      return true;
    },
    endEnterSearch: () => {
      if (state.stopSubmit) window.removeEventListener('submit', state.stopSubmit, true);
      state.stopSubmit = null;
      return true;
    },
    // One box of a multi-box control (a date's month box): focused, content selected.
    focusMember: (ref, member) => {
      const el = entry(ref).members[member];
      if (!el) throw new Error(GONE);
      el.focus();
      if (typeof el.select === 'function') el.select();
      return deepActiveElement() === el;
    },
    blur: (ref) => {
      const active = deepActiveElement();
      const e = entry(ref);
      (e.members.includes(active) || (active && active === e.typingInto) ? active : e.el).blur();
      return true;
    },
    // A read-only date box that opens a picker when clicked (Phenom's month
    // picker, MUI's mobile DatePicker, react-datepicker with readOnly): its year
    // chosen in the picker's year list or year buttons, its month by name, its
    // day in the month's grid, as a person would. `day` 0 for a month picker.
    // Returns the box as read afterwards; null when no picker opened.
    pickDate: async (ref, year, month, day) => {
      const input = entry(ref).el;
      let picker = null;
      for (let i = 0; i < 10 && !(picker = openedPicker(input)); i++) await pause(50);
      if (!picker) return null;
      // A panel of a decade of years or of one year's months (Ant Design's and
      // Element Plus's year and month pickers, the header of a day panel): step
      // back or on with the panel's arrows, a year at a time where it has both
      // ("super" arrows), until the year is in sight. A panel that shows no year
      // is left as it is.
      const yearWay = () => {
        const cells = pickerCells(picker).map((el) => el.textContent.trim());
        if (cells.includes(String(year))) return 0;
        const inCells = cells.filter((t) => /^\d{4}$/.test(t)).map(Number);
        const header = Array.from(picker.querySelectorAll('[class*="header" i]')).map((el) => el.textContent).join(' ');
        const seen = inCells.length ? inCells : (header.match(/\d{4}/g) || []).map(Number);
        if (seen.length === 0 || (!inCells.length && seen.includes(year))) return 0;
        return year < Math.min(...seen) ? -1 : year > Math.max(...seen) ? 1 : 0;
      };
      // A calendar showing one month under its caption ("September 2025":
      // react-day-picker, shadcn/ui's Calendar) is stepped a month at a time with
      // its previous / next arrows until the caption names the month wanted; its
      // day is then chosen in the grid.
      const monthsAway = () => {
        const captions = Array.from(picker.querySelectorAll('[role="status"], [aria-live], [class*="caption" i], [role="grid"][aria-label]'));
        // A header that says only the month and its year, with no mark of a caption
        // (Mantine's level button between its arrows, a kit's title): one too.
        for (const el of picker.querySelectorAll('button, [role="button"], div, span, strong, th, h2, h3, h4')) {
          if (el.children.length === 0 && isVisible(el)) captions.push(el);
        }
        for (const caption of captions) {
          const text = caption.getAttribute('role') === 'grid' ? caption.getAttribute('aria-label') : caption.textContent;
          // Spanish and Portuguese captions join month and year with "de"
          // ("septiembre de 2025", as Intl writes them); a caret drawn as text
          // beside the caption ("September 2025 ▾") is no word.
          const words = clean(text).split(/[\s,]+/).filter((w) => /[\p{L}\p{N}]/u.test(w) && !/^de$/i.test(w));
          const shownMonthNumber = words.length === 2 ? words.map(monthNamed).find((m) => m > 0) : 0;
          const shownYear = words.find((w) => /^\d{4}$/.test(w));
          if (shownMonthNumber && shownYear) return (year * 12 + month) - (Number(shownYear) * 12 + shownMonthNumber);
        }
        return null;
      };
      let monthInView = false;
      if (month > 0 && day > 0 && monthsAway() !== null) {
        let before = null;
        for (let step = 0; step < 240; step++) {
          const away = monthsAway();
          // An arrow that moved nothing (the calendar's last month) ends it.
          if (away === null || away === before) break;
          if (away === 0) { monthInView = true; break; }
          before = away;
          const words = away < 0 ? BACK_WORDS : ON_WORDS;
          const arrow = Array.from(picker.querySelectorAll('button, [role="button"]')).find((b) => isVisible(b) &&
            !YEAR_WORDS.test((b.getAttribute('aria-label') || '') + ' ' + (b.getAttribute('class') || '') + ' ' + (b.getAttribute('title') || '')) &&
            words.test(arrowWords(b)));
          if (!arrow) break;
          arrow.click();
          await pause(30);
          picker = openedPicker(input) || picker;
        }
        if (!monthInView) return null;
      }
      // Otherwise the year, stepped to and chosen, then the month: false when the
      // year is not on offer.
      const chooseYearAndMonth = async () => {
        for (let step = 0; step < 40; step++) {
          const way = yearWay();
          if (way === 0) break;
          const words = way < 0 ? BACK_WORDS : ON_WORDS;
          const arrows = Array.from(picker.querySelectorAll('button, [role="button"]')).filter((b) => isVisible(b) &&
            words.test(arrowWords(b)));
          const arrow = arrows.find((b) => /super/i.test(b.getAttribute('class') || '') ||
            YEAR_WORDS.test((b.getAttribute('class') || '') + ' ' + (b.getAttribute('aria-label') || '') + ' ' + (b.getAttribute('title') || ''))) || arrows[0];
          if (!arrow) break;
          arrow.click();
          await pause(30);
          picker = openedPicker(input) || picker;
        }
        const years = Array.from(picker.querySelectorAll('select')).find((s) =>
          Array.from(s.options).filter((o) => /^\d{4}$/.test(o.text.trim())).length >= 3);
        if (years) {
          const option = Array.from(years.options).find((o) => o.text.trim() === String(year));
          if (!option) return false;
          setNativeValue(years, option.value);
        } else {
          const button = pickerCells(picker).find((el) => el.textContent.trim() === String(year));
          if (button) button.click();
        }
        await pause(50);
        if (month === 0) return true;
        picker = openedPicker(input) || picker;
        // The month by its place among all twelve names, else by its name.
        const monthIn = (items, nameOf) => {
          const named = items.filter((item) => nameOf(item));
          return named.length === 12 ? named[month - 1] : named.find((item) => nameOf(item) === month);
        };
        // (Ten of twelve names is enough: a page may spell one its own way.)
        const months = Array.from(picker.querySelectorAll('select')).find((s) =>
          Array.from(s.options).filter((o) => monthNamed(o.text)).length >= 10);
        if (months) {
          const option = monthIn(Array.from(months.options), (o) => monthNamed(o.text));
          if (option) setNativeValue(months, option.value);
        } else {
          const target = monthIn(pickerCells(picker),
            (el) => monthNamed(el.getAttribute('aria-label') || '') || monthNamed(el.textContent));
          if (target) target.click();
        }
        return true;
      };
      if (!monthInView) {
        if (!(await chooseYearAndMonth())) return null;
        if (month === 0) return readValue(ref);
      }
      if (day > 0) {
        await pause(50);
        picker = openedPicker(input);
        const outside = /outside|other-month|adjacent|disabled|muted|prev|next|off\b/i;
        // A day of the month before or after, marked by class or by attribute
        // (Mantine's data-outside), is not the day wanted.
        const cell = picker && pickerCells(picker).find((el) => el.textContent.trim() === String(day) &&
          !outside.test(el.className) && !el.closest('[data-outside], [data-hidden]') &&
          !el.querySelector('[data-outside], [data-hidden]') &&
          !el.closest('[class*="outside" i], [class*="other-month" i]'));
        // A grid cell holding the day's button is chosen by that button.
        if (cell) (cell.querySelector('button, [role="button"]') || cell).click();
      }
      await pause(50);
      return readValue(ref);
    },
    setValue: (ref, text) => {
      const el = entry(ref).el;
      if (el.isContentEditable) {
        el.textContent = text;
        el.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      } else {
        setNativeValue(el, text);
      }
      return readValue(ref);
    },
    selectOption: (ref, value) => {
      const el = entry(ref).el;
      const option = Array.from(el.options).find((o) => o.value === value);
      if (!option) throw new Error('option ' + JSON.stringify(value) + ' is not in the list');
      el.focus();
      setNativeValue(el, value);
      el.blur();
      return readValue(ref);
    },
    // The "Other" option's own box: focused and selected for typing the answer
    // in the person's words; false when the option has none.
    focusOtherBox: (ref, member) => {
      const box = otherOptionBoxOf(entry(ref).members[member || 0]);
      if (!box) return false;
      box.focus();
      box.select();
      return true;
    },
    // What that box holds, once blurred (so the page hears the change); null when
    // the option has none.
    otherBoxValue: (ref, member) => {
      const box = otherOptionBoxOf(entry(ref).members[member || 0]);
      if (!box) return null;
      if (deepActiveElement() === box) box.blur();
      return box.value;
    },
    setChecked: (ref, member, checked) => {
      const el = entry(ref).members[member || 0];
      if (choiceSelected(el) !== checked) el.click();
      return readValue(ref);
    },
  };
})();
