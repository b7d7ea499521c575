/* sitrep page: map, timeline, lists and the article view over the read-only API (or, in a
 * report, over records embedded in the file).
 *
 * Safety: every string that comes from the data is put into the page with textContent or as an
 * attribute value through the DOM; nothing is ever assigned to innerHTML, and links are made only
 * for http(s) URLs. The filter state lives in the URL so a view can be shared. */
(function () {
  'use strict';

  const FILTERS = ['q', 'from', 'to', 'type', 'side', 'status', 'marked', 'source', 'admin1', 'place', 'bbox', 'article'];
  const SELECTS = ['from', 'to', 'type', 'side', 'status', 'marked', 'source', 'admin1'];
  /** Markings a claim can carry apart from its status, as the API's `marked` filter names them. */
  const MARKED = { unverified: (c) => !!c.unverified_by };
  const PAGE = 50;
  const MAP_EVENTS = 500;
  const MAP_PLACES = 1000;

  // ---------------------------------------------------------------- DOM helpers
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return node;
  }
  const $ = (sel) => document.querySelector(sel);
  const token = (s) => String(s || '').replace(/[^A-Za-z0-9_-]/g, '');
  function badge(kind, value) {
    if (!value) return el('span', { class: 'badge', text: '—' });
    return el('span', { class: `badge ${kind}-${token(value)}`, text: value });
  }
  /** A claim's status; a denied claim the article also marked unverified shows both. */
  function statusCell(c) {
    const cell = el('span', {});
    cell.append(badge('status', c.status));
    if (c.unverified_by && c.status !== 'unverified') {
      cell.append(' ', el('span', { class: 'badge marked-unverified', text: 'marked unverified', title: c.unverified_by.text }));
    }
    if (c.via) cell.append(' ', el('span', { class: 'badge relayed', text: 'relayed', title: `through claim ${c.via}` }));
    return cell;
  }
  function safeUrl(url) {
    return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
  }

  // ---------------------------------------------------------------- data sources
  function query(params) {
    const u = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') u.set(k, v);
    return u.toString();
  }

  /** The server's JSON API. */
  class ApiSource {
    async get(path, params) {
      const r = await fetch(`/api/${path}?${query(params || {})}`, { headers: { Accept: 'application/json' } });
      if (!r.ok) throw new Error(`${path}: HTTP ${r.status}`);
      return r.json();
    }
    config() { return this.get('config'); }
    facets() { return this.get('facets'); }
    async basemap() { const r = await fetch('/static/basemap.json'); return r.json(); }
    list(kind, filters, limit, offset) { return this.get(kind, { ...filters, limit, offset }); }
    record(id) { return this.get(`articles/${encodeURIComponent(id)}`); }
    timeline(filters) { return this.get('timeline', filters); }
    download(kind, filters, format) { return `/api/${kind}?${query({ ...filters, format })}`; }
  }

  /** Records embedded in a report file; the same filters, applied in the browser. */
  class EmbeddedSource {
    constructor(data) {
      this.data = data;
      this.records = data.records;
      this.byId = new Map(this.records.map((r) => [r.article.id, r]));
      this.index = this.records.map((r) => ({
        r,
        lower: `${r.article.title || ''}\n${r.article.text}`.toLowerCase(),
        sides: new Set(r.claims.map((c) => c.speaker && c.speaker.side).filter(Boolean)),
        statuses: new Set(r.claims.map((c) => c.status)),
        marked: new Set(Object.keys(MARKED).filter((m) => r.claims.some(MARKED[m]))),
        types: new Set(r.events.flatMap((e) => [e.type, e.acled_event_type]).filter(Boolean)),
      }));
    }
    config() { return Promise.resolve(this.data.config); }
    facets() { return Promise.resolve(this.data.facets); }
    basemap() { return Promise.resolve(this.data.basemap); }
    record(id) { return Promise.resolve(this.byId.get(id)); }
    download() { return null; }

    placeOk(p, f) {
      if (!p) return false;
      if (f.admin1 && p.admin1 !== f.admin1) return false;
      if (f.place && String(p.geonameid) !== String(f.place)) return false;
      if (f.bbox) {
        if (p.lat === null || p.lon === null) return false;
        const [w, s, e, n] = f.bbox.split(',').map(Number);
        if (p.lat < s || p.lat > n) return false;
        if (w <= e ? p.lon < w || p.lon > e : p.lon < w && p.lon > e) return false;
      }
      return true;
    }
    articleOk(x, f, { dates = true, places = true, claims = true, events = true } = {}) {
      const a = x.r.article;
      if (f.article && a.id !== f.article) return false;
      if (f.source && a.source !== f.source) return false;
      if (dates && f.from && !(a.published && a.published >= f.from)) return false;
      if (dates && f.to && !(a.published && a.published <= f.to)) return false;
      if (f.q) {
        const words = f.q.toLowerCase().match(/\w+/g) || [];
        if (!words.length || !words.every((w) => x.lower.includes(w))) return false;
      }
      if (places && (f.bbox || f.admin1 || f.place) && !x.r.places.some((p) => this.placeOk(p, f))) return false;
      if (claims && f.side && !x.sides.has(f.side)) return false;
      if (claims && f.status && !x.statuses.has(f.status)) return false;
      if (claims && f.marked && !x.marked.has(f.marked)) return false;
      if (events && f.type && !x.types.has(f.type)) return false;
      return true;
    }
    // The server's rule (EVENT_DAY_EXPR): a week, month or year is no day, no date is publication's.
    static day(e, a) {
      if (/^\d{4}-\d{2}-\d{2}/.test(e.date || '')) return e.date.slice(0, 10);
      return e.date ? null : a.published;
    }
    rows(kind, f) {
      const out = [];
      const meta = (a) => ({ title: a.title, published: a.published, source: a.source });
      for (const x of this.index) {
        const r = x.r, a = r.article;
        if (kind === 'articles') {
          if (this.articleOk(x, f)) {
            out.push({ id: a.id, title: a.title, published: a.published, source: a.source, url: a.url,
              places: r.places.length, claims: r.claims.length, events: r.events.length });
          }
        } else if (kind === 'claims') {
          if (!this.articleOk(x, f, { claims: false })) continue;
          for (const c of r.claims) {
            const side = c.speaker ? c.speaker.side : null;
            if (f.side && side !== f.side) continue;
            if (f.status && c.status !== f.status) continue;
            if (f.marked && !(MARKED[f.marked] && MARKED[f.marked](c))) continue;
            out.push({ ...c, article_id: a.id, side, article: meta(a) });
          }
        } else if (kind === 'events') {
          if (!this.articleOk(x, f, { dates: false, places: false, claims: false, events: false })) continue;
          for (const e of r.events) {
            const p = e.place === null ? null : r.places[e.place];
            const day = EmbeddedSource.day(e, a);
            if ((f.bbox || f.admin1 || f.place) && !this.placeOk(p, f)) continue;
            if (f.from && !(day && day >= f.from)) continue;
            if (f.to && !(day && day <= f.to)) continue;
            if (f.type && e.type !== f.type && e.acled_event_type !== f.type) continue;
            if (f.side && !e.actors.some((ac) => ac.side === f.side)) continue;
            if (f.status && !r.claims.some((c) => c.id === e.claim && c.status === f.status)) continue;
            if (f.marked && !r.claims.some((c) => c.id === e.claim && MARKED[f.marked] && MARKED[f.marked](c))) continue;
            const ev = a.text.slice(e.evidence.start, e.evidence.end);
            out.push({ ...e, article_id: a.id, day, article: meta(a),
              place: p ? { ...p, idx: e.place, name: p.name || p.text } : null,
              evidence: { ...e.evidence, text: ev } });
          }
        } else if (kind === 'places') {
          if (!this.articleOk(x, f)) continue;
          for (const p of r.places) {
            if (p.geonameid === null || p.lat === null || !this.placeOk(p, f)) continue;
            out.push({ ...p, article_id: a.id });
          }
        }
      }
      if (kind === 'places') {
        const groups = new Map();
        for (const p of out) {
          const g = groups.get(p.geonameid) || { geonameid: p.geonameid, name: p.name, feature: p.feature,
            country: p.country, admin1: p.admin1, admin1_name: p.admin1_name, lat: p.lat, lon: p.lon,
            mentions: 0, articleSet: new Set() };
          g.mentions += 1; g.articleSet.add(p.article_id); groups.set(p.geonameid, g);
        }
        return [...groups.values()].map(({ articleSet, ...g }) => ({ ...g, articles: articleSet.size }))
          .sort((x, y) => y.mentions - x.mentions || String(x.name).localeCompare(String(y.name)));
      }
      const key = { articles: (x) => x.published, claims: (x) => x.article.published, events: (x) => x.day }[kind];
      return out.sort((x, y) => String(key(y) || '').localeCompare(String(key(x) || '')));
    }
    list(kind, filters, limit, offset) {
      const all = this.rows(kind, filters);
      return Promise.resolve({ kind, total: all.length, limit, offset, items: all.slice(offset, offset + limit) });
    }
    timeline(filters) {
      const days = new Map();
      for (const e of this.rows('events', filters)) if (e.day) days.set(e.day, (days.get(e.day) || 0) + 1);
      return Promise.resolve({ days: [...days.entries()].sort().map(([day, events]) => ({ day, events })) });
    }
  }

  // ---------------------------------------------------------------- state in the URL
  const state = { filters: {}, tab: 'claims', open: null, sel: null, offset: 0 };

  function readUrl() {
    const u = new URLSearchParams(location.search);
    state.filters = {};
    for (const k of FILTERS) if (u.get(k)) state.filters[k] = u.get(k);
    state.tab = ['claims', 'events', 'articles', 'places'].includes(u.get('tab')) ? u.get('tab') : 'claims';
    state.open = u.get('open');
    state.sel = u.get('sel');
    state.offset = Math.max(0, parseInt(u.get('offset') || '0', 10) || 0);
  }

  function writeUrl(push) {
    const params = { ...state.filters, tab: state.tab !== 'claims' ? state.tab : null, open: state.open,
      sel: state.sel, offset: state.offset || null };
    const q = query(params);
    const url = `${location.pathname}${q ? '?' + q : ''}${location.hash}`;
    if (location.protocol === 'file:' && !push) return;
    try { history[push ? 'pushState' : 'replaceState'](null, '', url); } catch (e) { /* file:// in some browsers */ }
  }

  function setFilters(changes) {
    for (const [k, v] of Object.entries(changes)) {
      if (v === null || v === undefined || v === '') delete state.filters[k];
      else state.filters[k] = String(v);
    }
    state.offset = 0;
    writeUrl(true);
    refresh();
  }

  // ---------------------------------------------------------------- the filter bar
  let facets = null;
  function fillSelect(id, values, label) {
    const s = $(id);
    for (const v of values) {
      s.append(el('option', { value: v.value, text: `${label ? label(v) : v.value} (${v.n})` }));
    }
  }

  function showFilters() {
    const f = state.filters;
    for (const k of ['q', ...SELECTS]) {
      const input = $(`#f-${k}`);
      if (input.tagName === 'SELECT' && f[k] && ![...input.options].some((o) => o.value === f[k])) {
        input.append(el('option', { value: f[k], text: f[k] }));
      }
      input.value = f[k] || '';
    }
    $('#f-bbox').checked = !!f.bbox;
    const chips = $('#active-filters');
    chips.replaceChildren();
    for (const k of FILTERS) {
      if (!f[k]) continue;
      chips.append(el('span', { class: 'chip', 'data-filter': k }, `${k}: ${f[k]} `,
        el('a', { href: '#', title: 'remove', onclick: (ev) => { ev.preventDefault(); setFilters({ [k]: null }); } }, '×')));
    }
  }

  function bindFilters() {
    $('#filters').addEventListener('submit', (ev) => {
      ev.preventDefault();
      const changes = {};
      for (const k of ['q', ...SELECTS]) changes[k] = $(`#f-${k}`).value.trim();
      changes.bbox = $('#f-bbox').checked ? boundsParam() : null;
      setFilters(changes);
    });
    for (const k of SELECTS) {
      $(`#f-${k}`).addEventListener('change', () => setFilters({ [k]: $(`#f-${k}`).value }));
    }
    $('#f-bbox').addEventListener('change', () => setFilters({ bbox: $('#f-bbox').checked ? boundsParam() : null }));
    $('#reset').addEventListener('click', () => { state.filters = {}; state.open = null; state.sel = null; setFilters({}); });
    for (const b of document.querySelectorAll('#tabs button')) {
      b.addEventListener('click', () => { state.tab = b.dataset.tab; state.open = null; state.sel = null; state.offset = 0; writeUrl(true); refresh(); });
    }
    $('#back').addEventListener('click', () => { state.open = null; state.sel = null; writeUrl(true); refresh(); });
    window.addEventListener('popstate', () => { readUrl(); refresh(); });
  }

  // ---------------------------------------------------------------- map
  let map = null, dataLayer = null;
  function boundsParam() {
    const b = map.getBounds();
    const c = (v, lo, hi) => Math.max(lo, Math.min(hi, v)).toFixed(3);
    return [c(b.getWest(), -180, 180), c(b.getSouth(), -90, 90), c(b.getEast(), -180, 180), c(b.getNorth(), -90, 90)].join(',');
  }

  function popup(title, lines, actions) {
    const box = el('div', {}, el('div', { class: 'popup-title', text: title }));
    for (const l of lines) if (l) box.append(el('div', { text: l }));
    for (const [label, fn] of actions || []) box.append(el('a', { href: '#', onclick: (ev) => { ev.preventDefault(); fn(); } }, label), ' ');
    return box;
  }

  async function initMap(config) {
    // Data markers are SVG (one element each, clickable and testable); the ~4,000 admin-1 points go on a canvas.
    map = L.map('map', { worldCopyJump: true, minZoom: 2, maxZoom: 12 }).setView([48.5, 34], 5);
    const canvas = L.canvas();
    if (config.tiles) {
      L.tileLayer(config.tiles, { maxZoom: 18, attribution: 'tiles: ' + config.tiles }).addTo(map);
    } else {
      const basemap = await source.basemap();
      const countries = basemap.features.filter((f) => f.properties.kind === 'country');
      L.geoJSON(countries, { renderer: canvas, style: { color: '#8a9bb0', weight: 0.8, fillColor: '#f7f5ef', fillOpacity: 1 }, interactive: false }).addTo(map);
      const admin1 = L.layerGroup();
      const names = new Map((facets.admin1 || []).map((a) => [a.value, a.name]));
      for (const f of basemap.features) {
        if (f.properties.kind !== 'admin1') continue;
        const [lon, lat] = f.geometry.coordinates;
        const code = f.properties.admin1;
        const m = L.circleMarker([lat, lon], { renderer: canvas, radius: 2, color: '#888', weight: 1, fillOpacity: 0.6 });
        m.bindTooltip(el('span', { text: names.get(code) ? `${names.get(code)} (${code})` : code }));
        m.on('click', () => setFilters({ admin1: code }));
        admin1.addLayer(m);
      }
      const toggle = () => { if (map.getZoom() >= 5) admin1.addTo(map); else admin1.remove(); };
      map.on('zoomend', toggle);
      toggle();
    }
    dataLayer = L.layerGroup().addTo(map);
    map.on('moveend', () => {
      if ($('#f-bbox').checked) {
        const b = boundsParam();
        if (b !== state.filters.bbox) setFilters({ bbox: b });
      }
    });
  }

  function drawMap(places, events) {
    dataLayer.clearLayers();
    const maxMentions = Math.max(1, ...places.items.map((p) => p.mentions));
    for (const p of places.items) {
      const m = L.circleMarker([p.lat, p.lon], { radius: 4 + 12 * Math.sqrt(p.mentions / maxMentions), color: '#1c4f8a',
        weight: 1, fillColor: '#2b6cb0', fillOpacity: 0.55, className: 'place-marker' });
      m.bindPopup(popup(p.name || String(p.geonameid),
        [[p.admin1_name, p.country].filter(Boolean).join(', '), `${p.mentions} mentions in ${p.articles} articles`],
        [['Filter to this place', () => setFilters({ place: p.geonameid })]]));
      dataLayer.addLayer(m);
    }
    let located = 0;
    for (const e of events.items) {
      if (!e.place || e.place.lat === null || e.place.lat === undefined) continue;
      located += 1;
      const m = L.circleMarker([e.place.lat, e.place.lon], { radius: 5, color: '#7f1d12', weight: 1,
        fillColor: '#d7301f', fillOpacity: 0.85, className: 'event-marker' });
      m.bindPopup(popup(`${e.type}${e.acled_sub_event_type ? ' — ' + e.acled_sub_event_type : ''}`,
        [e.place.name, e.day || e.date, e.evidence.text],
        [['Open the article', () => openArticle(e.article_id, `event:${e.id}`)]]));
      dataLayer.addLayer(m);
    }
    $('#map-count').textContent = `${located} events and ${places.items.length} places on the map` +
      (events.total > events.items.length ? ` (first ${events.items.length} of ${events.total} events)` : '');
  }

  // ---------------------------------------------------------------- timeline
  function drawTimeline(days) {
    const box = $('#timeline');
    box.replaceChildren();
    const NS = 'http://www.w3.org/2000/svg';
    const svg = document.createElementNS(NS, 'svg');
    const W = box.clientWidth || 600, H = box.clientHeight || 120, pad = 18;
    svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
    box.append(svg);
    const text = (x, y, s, anchor) => {
      const t = document.createElementNS(NS, 'text');
      t.setAttribute('x', x); t.setAttribute('y', y); t.setAttribute('text-anchor', anchor || 'start');
      t.textContent = s; svg.append(t);
    };
    if (!days.length) { text(8, 20, 'No dated events under these filters.'); return; }
    const t0 = Date.parse(days[0].day), t1 = Date.parse(days[days.length - 1].day);
    const span = Math.max(1, Math.round((t1 - t0) / 864e5) + 1);
    const max = Math.max(...days.map((d) => d.events));
    const bw = Math.min(40, Math.max(1, (W - 2 * pad) / span));
    for (const d of days) {
      const i = Math.round((Date.parse(d.day) - t0) / 864e5);
      const h = Math.max(2, (H - 2 * pad) * d.events / max);
      const r = document.createElementNS(NS, 'rect');
      r.setAttribute('x', pad + i * bw); r.setAttribute('y', H - pad - h);
      r.setAttribute('width', Math.max(1, bw - 1)); r.setAttribute('height', h);
      r.setAttribute('class', 'bar' + (state.filters.from === d.day && state.filters.to === d.day ? ' on' : ''));
      r.setAttribute('data-day', d.day);
      const title = document.createElementNS(NS, 'title');
      title.textContent = `${d.day}: ${d.events} events`;
      r.append(title);
      r.addEventListener('click', () => setFilters({ from: d.day, to: d.day }));
      svg.append(r);
    }
    text(pad, H - 4, days[0].day);
    text(W - pad, H - 4, days[days.length - 1].day, 'end');
    text(pad, 12, `max ${max} events/day`);
  }

  // ---------------------------------------------------------------- lists
  const COLUMNS = {
    claims: [
      ['Date', (c) => c.article.published],
      ['Speaker', (c) => (c.speaker ? c.speaker.name || c.speaker.text : '—')],
      ['Side', (c) => badge('side', c.side)],
      ['Claim', (c) => el('span', { class: 'claim-text', text: c.content.text })],
      ['Status', (c) => statusCell(c)],
      ['Article', (c) => c.article.title || c.article_id],
    ],
    events: [
      ['Day', (e) => e.day || e.date],
      ['Type', (e) => [e.type, e.acled_sub_event_type].filter(Boolean).join(' · ')],
      ['Place', (e) => (e.place ? e.place.name : '—')],
      ['Actors', (e) => e.actors.map((a) => a.text + (a.side ? ` (${a.side})` : '')).join('; ')],
      ['Evidence', (e) => e.evidence.text],
      ['Article', (e) => e.article.title || e.article_id],
    ],
    articles: [
      ['Date', (a) => a.published], ['Title', (a) => a.title || a.id], ['Source', (a) => a.source],
      ['Places', (a) => a.places], ['Claims', (a) => a.claims], ['Events', (a) => a.events],
    ],
    places: [
      ['Place', (p) => p.name], ['Admin-1', (p) => p.admin1_name || p.admin1], ['Country', (p) => p.country],
      ['Mentions', (p) => p.mentions], ['Articles', (p) => p.articles],
    ],
  };

  function rowAction(kind, item) {
    if (kind === 'claims') return () => openArticle(item.article_id, `claim:${item.id}`);
    if (kind === 'events') return () => openArticle(item.article_id, `event:${item.id}`);
    if (kind === 'articles') return () => openArticle(item.id, null);
    return () => setFilters({ place: item.geonameid });
  }

  function drawList(kind, page) {
    const thead = $('#list thead'), tbody = $('#list tbody');
    thead.replaceChildren(el('tr', {}, ...COLUMNS[kind].map(([h]) => el('th', { text: h }))));
    tbody.replaceChildren();
    for (const item of page.items) {
      const tr = el('tr', { class: `row-${kind}`, tabindex: 0 });
      for (const [h, fn] of COLUMNS[kind]) {
        const v = fn(item);
        tr.append(el('td', { class: h === 'Claim' || h === 'Evidence' || h === 'Title' ? 'text' : null }, v === null || v === undefined ? '' : v));
      }
      const act = rowAction(kind, item);
      tr.addEventListener('click', act);
      tr.addEventListener('keydown', (ev) => { if (ev.key === 'Enter') act(); });
      tbody.append(tr);
    }
    $('#empty').hidden = page.items.length > 0;
    const pager = $('#pager');
    pager.replaceChildren(page.total ? `${page.offset + 1}–${page.offset + page.items.length} of ${page.total} ${kind}` : `0 ${kind}`);
    if (page.offset > 0) pager.append(el('button', { type: 'button', onclick: () => { state.offset = Math.max(0, state.offset - PAGE); writeUrl(true); refresh(); } }, '‹ previous'));
    if (page.offset + page.items.length < page.total) pager.append(el('button', { type: 'button', onclick: () => { state.offset += PAGE; writeUrl(true); refresh(); } }, 'next ›'));
    const dl = $('#downloads');
    dl.replaceChildren();
    const formats = kind === 'events' || kind === 'places' ? ['csv', 'geojson'] : ['csv'];
    for (const fmt of formats) {
      const href = source.download(kind, state.filters, fmt);
      if (href) dl.append(el('a', { href, download: `sitrep-${kind}.${fmt}`, class: `download-${fmt}` }, `${fmt.toUpperCase()}`));
    }
    if (dl.childNodes.length) dl.prepend('Download: ');
  }

  // ---------------------------------------------------------------- article view
  function openArticle(id, sel) {
    state.open = id; state.sel = sel; writeUrl(true); refresh();
  }

  /** Annotations of a record: [key, kind(s), start, end, label] for every highlighted span. */
  function annotations(r) {
    const out = [];
    r.places.forEach((p, i) => out.push({ key: `place:${i}`, cls: 'hl-place', start: p.start, end: p.end,
      label: `${p.text} → ${p.name || 'unresolved'}${p.admin1_name ? ', ' + p.admin1_name : ''}${p.country ? ' (' + p.country + ')' : ''}${p.metonym ? ' [metonym]' : ''}`, group: 'Places' }));
    r.times.forEach((t, i) => out.push({ key: `time:${i}`, cls: 'hl-time', start: t.start, end: t.end,
      label: `${t.text} → ${t.value || '?'} (${t.type})`, group: 'Times' }));
    for (const c of r.claims) {
      if (c.speaker) out.push({ key: `claim:${c.id}`, part: 'speaker', cls: 'hl-speaker', start: c.speaker.start, end: c.speaker.end });
      out.push({ key: `claim:${c.id}`, cls: 'hl-claim', start: c.content.start, end: c.content.end, group: 'Claims',
        label: `${c.speaker ? (c.speaker.name || c.speaker.text) : '?'}${c.cue ? ' ' + c.cue : ''}: “${c.content.text}”`,
        badges: [['side', c.speaker && c.speaker.side], ['status', c.status],
          ...(c.unverified_by && c.status !== 'unverified' ? [['marked', 'unverified']] : []),
          ...(c.via ? [['relayed', `via ${c.via}`]] : [])] });
      if (c.unverified_by) out.push({ key: `claim:${c.id}`, part: 'marking', cls: 'hl-marking', start: c.unverified_by.start, end: c.unverified_by.end });
    }
    for (const e of r.events) {
      const p = e.place === null ? null : r.places[e.place];
      out.push({ key: `event:${e.id}`, cls: 'hl-event', start: e.evidence.start, end: e.evidence.end, group: 'Events',
        label: `${e.type}${e.acled_sub_event_type ? ' · ' + e.acled_sub_event_type : ''}${p ? ' @ ' + (p.name || p.text) : ''}${e.date ? ' on ' + e.date : ''}` });
    }
    const n = r.article.text.length;
    return out.filter((a) => Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.end <= n && a.start < a.end);
  }

  /** The text split at every annotation boundary; each piece knows which annotations cover it. */
  function segments(text, anns) {
    const cuts = new Set([0, text.length]);
    for (const a of anns) { cuts.add(a.start); cuts.add(a.end); }
    const points = [...cuts].sort((x, y) => x - y);
    const out = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const s = points[i], e = points[i + 1];
      out.push({ start: s, end: e, covers: anns.filter((a) => a.start <= s && a.end >= e) });
    }
    return out;
  }

  function select(key, scroll) {
    state.sel = key; writeUrl(false);
    for (const n of document.querySelectorAll('#article-view .selected')) n.classList.remove('selected');
    if (!key) return;
    const marks = [...document.querySelectorAll('#article-text mark')].filter((m) => m.dataset.ann.split(' ').includes(key));
    marks.forEach((m) => m.classList.add('selected'));
    const row = document.querySelector(`#extractions li[data-key="${CSS.escape(key)}"]`);
    if (row) row.classList.add('selected');
    if (scroll === 'text' && marks.length) marks[0].scrollIntoView({ block: 'center' });
    if (scroll === 'row' && row) row.scrollIntoView({ block: 'nearest' });
  }

  function drawArticle(r) {
    const a = r.article;
    $('#article-title').textContent = a.title || a.id;
    const meta = $('#article-meta');
    meta.replaceChildren([a.published, a.source].filter(Boolean).join(' · ') + ' · ');
    const url = safeUrl(a.url);
    if (url) meta.append(el('a', { href: url, rel: 'noopener noreferrer nofollow', target: '_blank', text: url }));
    else if (a.url) meta.append(el('span', { class: 'unsafe-url', title: 'not an http(s) link: shown as text', text: a.url }));
    meta.append(` · id ${a.id}`);

    const anns = annotations(r);
    const box = $('#article-text');
    box.replaceChildren();
    for (const seg of segments(a.text, anns)) {
      const piece = a.text.slice(seg.start, seg.end);
      if (!seg.covers.length) { box.append(document.createTextNode(piece)); continue; }
      const inner = seg.covers.reduce((x, y) => (y.end - y.start < x.end - x.start ? y : x));
      const keys = [...new Set(seg.covers.map((c) => c.key))];
      const m = el('mark', { class: ['hl', ...new Set(seg.covers.map((c) => c.cls))].join(' '), tabindex: 0,
        'data-ann': keys.join(' '), title: keys.join(', ') }, piece);
      m.addEventListener('click', () => select(inner.key, 'row'));
      box.append(m);
    }
    const side = $('#extractions');
    side.replaceChildren();
    const groups = new Map();
    for (const an of anns) {
      if (!an.group) continue;
      if (!groups.has(an.group)) groups.set(an.group, []);
      groups.get(an.group).push(an);
    }
    for (const g of ['Places', 'Times', 'Claims', 'Events']) {
      const items = groups.get(g) || [];
      side.append(el('h3', { text: `${g} (${items.length})` }));
      const ul = el('ul', { class: `ext-${g.toLowerCase()}` });
      for (const an of items) {
        const li = el('li', { 'data-key': an.key, tabindex: 0 }, an.label);
        for (const [k, v] of an.badges || []) li.append(' ', badge(k, v));
        li.addEventListener('click', () => select(an.key, 'text'));
        ul.append(li);
      }
      side.append(ul);
    }
    if (state.sel) select(state.sel, 'text');
  }

  // ---------------------------------------------------------------- refresh
  let source = null;
  let generation = 0;
  async function refresh() {
    const gen = ++generation;
    showFilters();
    for (const b of document.querySelectorAll('#tabs button')) b.setAttribute('aria-selected', String(b.dataset.tab === state.tab && !state.open));
    const f = { ...state.filters };
    const mapFilter = state.open ? { ...f, article: state.open } : f;
    try {
      const [places, events, timeline, body] = await Promise.all([
        source.list('places', mapFilter, MAP_PLACES, 0),
        source.list('events', mapFilter, MAP_EVENTS, 0),
        source.timeline(f),
        state.open ? source.record(state.open) : source.list(state.tab, f, PAGE, state.offset),
      ]);
      if (gen !== generation) return;
      drawMap(places, events);
      drawTimeline(timeline.days);
      $('#list-view').hidden = !!state.open;
      $('#article-view').hidden = !state.open;
      if (state.open) {
        if (body) drawArticle(body);
        else { $('#article-title').textContent = 'No such article'; $('#article-text').replaceChildren(); $('#extractions').replaceChildren(); }
      } else {
        drawList(state.tab, body);
      }
      document.body.dataset.ready = String(gen);
    } catch (err) {
      if (gen !== generation) return;
      $('#active-filters').append(el('span', { class: 'error', text: ` Error: ${err.message}` }));
    }
  }

  async function main() {
    const embedded = document.getElementById('sitrep-data');
    source = embedded ? new EmbeddedSource(JSON.parse(embedded.textContent)) : new ApiSource();
    const config = await source.config();
    if (config.note) { $('#note').textContent = config.note; $('#note').hidden = false; }
    facets = await source.facets();
    fillSelect('#f-type', facets.types || []);
    fillSelect('#f-side', facets.sides || []);
    fillSelect('#f-status', facets.statuses || []);
    fillSelect('#f-marked', facets.marked || [], (v) => `marked ${v.value}`);
    fillSelect('#f-source', facets.sources || []);
    fillSelect('#f-admin1', facets.admin1 || [], (v) => (v.name ? `${v.name} (${v.value})` : v.value));
    readUrl();
    bindFilters();
    await initMap(config);
    await refresh();
  }

  main();
})();
