// The officer pages: one screen per hash route, drawn from the REST API (which decides every rule and right; the
// pages only leave out what the caller's roles cannot do). No framework, no build step.
'use strict';
(() => {
  const API = new URL('../api/v1/', document.baseURI).href;
  const AUTH_KEY = 'cds.authorization';
  const LANG_KEY = 'cds.language';
  const main = document.getElementById('main');

  // ---- Texts, numbers, dates, names ---------------------------------------------------------------------------

  let lang = localStorage.getItem(LANG_KEY) === 'en' ? 'en' : 'vi';

  function t(key, ...args) {
    const text = window.CDS_MESSAGES[lang][key] ?? window.CDS_MESSAGES.vi[key] ?? key;
    return text.replace(/\{(\d)\}/g, (_, i) => String(args[i] ?? ''));
  }

  const numbers = () => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB');
  const number = n => numbers().format(n ?? 0);
  const percent = r => new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB',
      {style: 'percent', maximumFractionDigits: 1}).format(r ?? 0);
  // Names in Vietnamese order in either language: "Đ" after "D", tones after the base letter.
  const collator = new Intl.Collator('vi');
  const byName = key => (a, b) => collator.compare(key(a) ?? '', key(b) ?? '');

  /** "2022-07-05" -> "05/07/2022" */
  function date(iso) {
    if (!iso) return '';
    const [y, m, d] = iso.slice(0, 10).split('-');
    return `${d}/${m}/${y}`;
  }

  /** An instant as dd/MM/yyyy HH:mm, Vietnam time. */
  function dateTime(instant) {
    if (!instant) return '';
    const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit',
      minute: '2-digit', hourCycle: 'h23'
    }).formatToParts(new Date(instant)).map(p => [p.type, p.value]));
    return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
  }

  /** "05/07/2022" -> "2022-07-05", or null when it is not such a date. */
  function isoDate(text) {
    const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text || '');
    if (!m) return null;
    const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    const check = new Date(iso + 'T00:00:00Z');
    return !isNaN(check) && check.toISOString().startsWith(iso) ? iso : null;
  }

  /** "03/2025" (or "2025-03") -> "2025-03", or null. */
  function isoPeriod(text) {
    const s = (text || '').trim();
    let m = /^(\d{1,2})\/(\d{4})$/.exec(s);
    if (m && +m[1] >= 1 && +m[1] <= 12) return `${m[2]}-${m[1].padStart(2, '0')}`;
    m = /^(\d{4})-(\d{2})$/.exec(s);
    return m && +m[2] >= 1 && +m[2] <= 12 ? s : null;
  }

  const shownPeriod = iso => iso ? `${iso.slice(5, 7)}/${iso.slice(0, 4)}` : '';

  function currentPeriod() {
    const now = new Date();
    return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  }

  // ---- DOM -----------------------------------------------------------------------------------------------------

  /** An element: h('button', {type: 'submit', onclick: f}, 'text', child...). Text never becomes markup. */
  function h(tag, attributes, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
      else if (name === 'dataset') Object.assign(element.dataset, value);
      else if (value === true) element.setAttribute(name, '');
      else element.setAttribute(name, value);
    }
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      element.append(child instanceof Node ? child : String(child));
    }
    return element;
  }

  /** Replaces an element's content with children, nested lists flattened and absent ones left out. */
  function fill(element, ...children) {
    element.replaceChildren(...children.flat(Infinity).filter(c => c !== undefined && c !== null && c !== false));
  }

  let fieldIds = 0;

  /** A labelled input (or select/textarea given as control). */
  function field(labelText, control) {
    control.id = control.id || `f${++fieldIds}`;
    return h('div', {class: 'field'}, h('label', {for: control.id}, labelText), control);
  }

  const input = (name, attributes) => h('input', {name, type: 'text', ...attributes});

  function select(name, options, selected) {
    return h('select', {name}, options.map(([value, text]) =>
        h('option', {value, selected: value === selected}, text)));
  }

  const tag = (text, flag) => h('span', {class: flag ? 'tag flag' : 'tag'}, text);

  /** Shows a page: its title as the focused h1, so that a screen reader announces the new page. */
  function page(title, ...content) {
    document.title = `${title} · ${t('app.title')}`;
    const heading = h('h1', {tabindex: '-1'}, title);
    fill(main, heading, content);
    heading.focus();
  }

  // ---- API -----------------------------------------------------------------------------------------------------

  class ApiError extends Error {
    constructor(status, problem) {
      super(problem.title || String(status));
      this.status = status;
      this.problem = problem;
    }
  }

  /** Calls the API with the stored login; a 401 ends the login. */
  async function call(method, path, {body, ifMatch, form, authorization} = {}) {
    const headers = {'Accept-Language': lang};
    const login = authorization || sessionStorage.getItem(AUTH_KEY);
    if (login) headers.Authorization = login;
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (ifMatch !== undefined && ifMatch !== null) headers['If-Match'] = `"${ifMatch}"`;
    // credentials 'omit': the login travels in our header only, and a 401 never opens the browser's own dialog.
    const response = await fetch(API + path, {
      method, headers, credentials: 'omit', body: form || (body === undefined ? undefined : JSON.stringify(body))
    });
    if (response.status === 401 && !authorization) {
      logout();
      throw new ApiError(401, {title: t('login.refused')});
    }
    if (!response.ok) {
      const problem = await response.json().catch(() => ({title: `${response.status} ${response.statusText}`}));
      throw new ApiError(response.status, problem);
    }
    if (response.status === 204) return null;
    const type = response.headers.get('Content-Type') || '';
    return type.includes('json') ? response.json() : response;
  }

  /** Turns an error into words: next to the fields it names, the rest at the top of the form. */
  function showError(form, error) {
    clearErrors(form);
    const problem = error instanceof ApiError ? error.problem : {title: error.message};
    const general = [];
    let first = null;
    for (const violation of problem.errors || []) {
      const control = controlFor(form, violation.field);
      if (!control) {
        general.push(violation.message);
        continue;
      }
      const message = h('p', {class: 'field-error', id: `${control.id}-error`}, violation.message);
      control.setAttribute('aria-invalid', 'true');
      control.setAttribute('aria-describedby', message.id);
      control.closest('.field').append(message);
      first = first || control;
    }
    if (general.length || !problem.errors?.length) {
      const words = [problem.title, problem.detail, ...general].filter(Boolean).join(' — ');
      form.prepend(h('p', {class: 'form-error', role: 'alert'}, words));
    }
    (first || form.querySelector('.form-error'))?.focus?.();
  }

  function clearErrors(form) {
    form.querySelectorAll('.field-error, .form-error').forEach(e => e.remove());
    form.querySelectorAll('[aria-invalid]').forEach(e => {
      e.removeAttribute('aria-invalid');
      e.removeAttribute('aria-describedby');
    });
  }

  /** The control a field name of the API points at: "applicant.phone" is the form's "phone". */
  function controlFor(form, name) {
    if (!name) return null;
    const candidates = [name, name.split('.').pop(), name.replace(/\[\d+\]/, '')];
    for (const candidate of candidates) {
      const control = form.querySelector(`[name="${CSS.escape(candidate)}"]`);
      if (control) return control;
    }
    return null;
  }

  /** A form whose submission runs action(data) with errors shown in it; returns the form. */
  function form(attributes, children, action) {
    const element = h('form', {novalidate: true, ...attributes}, children);
    element.addEventListener('submit', async event => {
      event.preventDefault();
      const buttons = element.querySelectorAll('button');
      buttons.forEach(b => { b.disabled = true; });
      try {
        clearErrors(element);
        await action(event.submitter);
      } catch (error) {
        if (error instanceof ApiError && error.status === 401) return;
        showError(element, error);
      } finally {
        buttons.forEach(b => { b.disabled = false; });
      }
    });
    return element;
  }

  /** A client-side field error, shown like the API's. */
  const invalid = (field, message) => new ApiError(400, {errors: [{field, message}]});

  // ---- Login and roles -----------------------------------------------------------------------------------------

  let me = null;

  const can = {
    readTeams: () => anyRole('PROVINCE_OFFICER', 'DISTRICT_OFFICER', 'COMMUNE_CHAIR', 'COMMUNE_OFFICER', 'TEAM_LEADER'),
    draftTeams: () => anyRole('COMMUNE_OFFICER'),
    establish: () => anyRole('COMMUNE_CHAIR'),
    fileRequests: () => anyRole('COMMUNE_OFFICER', 'TEAM_LEADER'),
    // The commune officer records a withdrawal the applicant asked for (the API also lets residents withdraw theirs).
    withdraw: () => anyRole('COMMUNE_OFFICER'),
    readRequests: () => anyRole('PROVINCE_OFFICER', 'DISTRICT_OFFICER', 'COMMUNE_CHAIR', 'COMMUNE_OFFICER', 'TEAM_LEADER'),
    endorse: () => anyRole('TEAM_LEADER', 'COMMUNE_OFFICER'),
    approve: () => anyRole('COMMUNE_CHAIR'),
    readReports: () => anyRole('PROVINCE_OFFICER', 'DISTRICT_OFFICER', 'COMMUNE_CHAIR', 'COMMUNE_OFFICER'),
    writeReports: () => anyRole('COMMUNE_OFFICER'),
    consolidate: () => anyRole('PROVINCE_OFFICER', 'DISTRICT_OFFICER'),
    readDashboards: () => anyRole('PROVINCE_OFFICER', 'DISTRICT_OFFICER', 'COMMUNE_CHAIR', 'COMMUNE_OFFICER'),
    downloadF1: () => anyRole('PROVINCE_OFFICER', 'DISTRICT_OFFICER', 'COMMUNE_CHAIR', 'COMMUNE_OFFICER', 'TEAM_LEADER'),
    import: () => anyRole('PROVINCE_OFFICER', 'DISTRICT_OFFICER', 'COMMUNE_OFFICER')
  };

  function anyRole(...roles) {
    return !!me && roles.some(role => me.roles.includes(role));
  }

  function logout() {
    sessionStorage.removeItem(AUTH_KEY);
    me = null;
    unitCache.clear();
    location.hash = '#/login';
  }

  /** A portal that opens the pages with "#token=<jwt>" logs its user in with its bearer token. */
  function takeTokenFromAddress() {
    const match = /^#token=([A-Za-z0-9._~+/=-]+)$/.exec(location.hash);
    if (match) {
      sessionStorage.setItem(AUTH_KEY, `Bearer ${match[1]}`);
      history.replaceState(null, '', location.pathname + '#/');
    }
  }

  function loginPage() {
    const user = input('user', {autocomplete: 'username', autocapitalize: 'none', spellcheck: 'false'});
    const password = input('password', {type: 'password', autocomplete: 'current-password'});
    page(t('login.title'), form({id: 'login-form'}, [
      field(t('login.user'), user), field(t('login.password'), password),
      h('div', {class: 'actions'}, h('button', {type: 'submit', id: 'login'}, t('login.submit')))
    ], async () => {
      if (!user.value.trim() || !password.value) throw invalid('user', t('login.required'));
      const bytes = new TextEncoder().encode(`${user.value.trim()}:${password.value}`);
      const authorization = `Basic ${btoa(String.fromCharCode(...bytes))}`;
      try {
        me = await call('GET', 'me', {authorization});
      } catch (error) {
        throw error.status === 401 ? invalid('password', t('login.refused')) : error;
      }
      sessionStorage.setItem(AUTH_KEY, authorization);
      location.hash = '#/';
    }));
  }

  // ---- Units of the jurisdiction ---------------------------------------------------------------------------------

  const unitCache = new Map();

  async function children(code) {
    if (!unitCache.has(code)) unitCache.set(code, await call('GET', `units?parent=${encodeURIComponent(code)}`));
    return unitCache.get(code);
  }

  /** Communes the caller works on: their own, or those of their district or province. */
  async function communes() {
    const result = [];
    for (const unit of me.units) {
      if (unit.level === 'COMMUNE') result.push(unit);
      else if (unit.level === 'DISTRICT') result.push(...(await children(unit.code)).filter(u => u.level === 'COMMUNE'));
      else if (unit.level === 'PROVINCE') {
        for (const child of await children(unit.code)) {
          if (child.level === 'COMMUNE') result.push(child);
          else if (child.level === 'DISTRICT') result.push(...(await children(child.code)));
        }
      }
    }
    return result;
  }

  /** Units with downloads: the caller's own and everything one or two levels down to communes. */
  async function reportUnits() {
    const result = [];
    for (const unit of me.units) {
      result.push(unit);
      if (unit.level === 'PROVINCE') {
        for (const child of await children(unit.code)) {
          result.push(child);
          if (child.level === 'DISTRICT') result.push(...await children(child.code));
        }
      } else if (unit.level === 'DISTRICT') {
        result.push(...await children(unit.code));
      }
    }
    return result.filter(u => u.level !== 'VILLAGE');
  }

  const unitLabel = unit => `${unit.name} (${unit.code})`;
  /** The unit's own word: "Phường" for a ward, "Đặc khu" for a special zone, the level's word without a type. */
  const unitKind = unit => unit.type ? t(`type.${unit.type}`) : t(`level.${unit.level}`);

  /** A province officer's office of today, as their province names it (dated settings; national timeline). */
  async function provinceOffice() {
    const province = me.units.find(u => u.level === 'PROVINCE');
    if (!province || !anyRole('PROVINCE_OFFICER')) return null;
    const today = new Date().toISOString().slice(0, 10);
    const periods = await call('GET', `units/${encodeURIComponent(province.code)}/office-names`);
    return periods.find(p => (!p.validFrom || p.validFrom <= today) && (!p.validTo || p.validTo >= today)) || null;
  }

  function roleLabel(role, office) {
    if (role === 'PROVINCE_OFFICER' && office?.provinceOffice) return t('role.PROVINCE_OFFICE', office.provinceOffice);
    const commune = me.units.find(u => u.level === 'COMMUNE');
    return t(`role.${role}`, commune && lang === 'vi' ? unitKind(commune).toLocaleLowerCase('vi') : 'xã');
  }
  const unitOptions = units => units.map(u => [u.code, unitLabel(u)]);

  // ---- Pages ---------------------------------------------------------------------------------------------------

  async function homePage() {
    const office = await provinceOffice();
    const tasks = [
      [can.readDashboards(), '#/dashboard', 'nav.dashboard'],
      [can.readTeams(), '#/teams', 'nav.teams'],
      [can.readRequests(), '#/requests', 'nav.requests'],
      [can.readReports(), '#/report', 'nav.report'],
      [can.consolidate(), '#/consolidations', 'nav.consolidations'],
      [can.downloadF1(), '#/downloads', 'nav.downloads'],
      [can.import(), '#/import', 'nav.import']
    ].filter(([allowed]) => allowed);
    page(t('home.greeting', me.name),
        h('p', {id: 'roles'}, `${t('home.roles')}: `, me.roles.map(r => roleLabel(r, office)).join(', ')),
        office?.programmeName && h('p', {id: 'programme'}, office.programmeName),
        h('h2', {}, t('home.jurisdiction')),
        h('ul', {id: 'jurisdiction'}, me.units.map(u => h('li', {}, `${unitKind(u)}: ${unitLabel(u)}`))),
        h('h2', {}, t('home.tasks')),
        tasks.length ? h('ul', {class: 'nav', id: 'tasks'}, tasks.map(([, href, key]) =>
            h('li', {}, h('a', {href}, t(key))))) : h('p', {}, t('home.noTasks')));
  }

  /**
   * The teams of each unit of the caller, a page at a time (?unit=&page= pages one unit's list), narrowed by ?q=
   * (a team's name, accents and tone marks ignored by the API).
   */
  async function teamsPage(query) {
    const q = (query.get('q') || '').trim();
    const size = Math.min(Math.max(Number(query.get('size')) || 100, 1), 200);
    const link = (unit, pageNumber) => '#/teams?' + new URLSearchParams({...(q ? {q} : {}),
      ...(query.has('size') ? {size} : {}), unit, page: pageNumber});
    const search = input('q', {type: 'search', value: q});
    const sections = [form({id: 'team-search', role: 'search'}, [field(t('teams.search'), search),
      h('div', {class: 'actions'}, h('button', {type: 'submit'}, t('teams.find')))], async () => {
      location.hash = '#/teams' + (search.value.trim() ? '?' + new URLSearchParams({q: search.value.trim()}) : '');
    })];
    for (const unit of me.units) {
      const pageNumber = query.get('unit') === unit.code ? Math.max(Number(query.get('page')) || 0, 0) : 0;
      const list = await call('GET', `teams?unit=${encodeURIComponent(unit.code)}&size=${size}&page=${pageNumber}`
          + (q ? `&q=${encodeURIComponent(q)}` : ''));
      const section = [h('h2', {}, unitLabel(unit))];
      if (unit.level === 'COMMUNE' && !q) section.push(villageTeamCount(unit), await villageList(unit));
      if ((unit.level === 'DISTRICT' || unit.level === 'PROVINCE') && !q && pageNumber === 0) {
        const below = (await children(unit.code)).filter(u => u.level === 'COMMUNE');
        if (below.length) {
          section.push(h('h3', {}, t('teams.communes')), h('ul', {class: 'cards communes'},
              below.map(c => h('li', {}, unitLabel(c), h('br'), villageTeamCount(c)))));
        }
      }
      const pages = Math.ceil(list.total / size);
      section.push(h('p', {class: 'muted count'}, q ? t('teams.found', number(list.total), q)
          : t('teams.count', number(list.total)), pages > 1 ? ` · ${t('teams.page', pageNumber + 1, pages)}` : ''));
      section.push(list.items.length ? h('ul', {class: 'cards teams'}, list.items.map(teamCard))
          : h('p', {}, q ? t('teams.notFound') : t('teams.empty')));
      if (pages > 1) {
        const pageLink = (rel, to, label) =>
          h('a', {class: 'button secondary', rel, href: link(unit.code, to)}, t(label));
        section.push(h('nav', {class: 'actions pager', 'aria-label': t('teams.pages')},
            pageNumber > 0 && pageLink('prev', pageNumber - 1, 'teams.previous'),
            pageNumber + 1 < pages && pageLink('next', pageNumber + 1, 'teams.next')));
      }
      if (can.draftTeams() && unit.level === 'COMMUNE' && !q) section.push(await newTeamForm(unit));
      sections.push(h('section', {dataset: {unit: unit.code}}, section));
    }
    page(t('teams.title'), sections);
  }

  /**
   * The commune's villages of today; a village that came from another commune (a merger) says which, by its old
   * self's commune among the commune's predecessors.
   */
  async function villageList(commune) {
    const villages = (await children(commune.code)).filter(u => u.level === 'VILLAGE').sort(byName(u => u.name));
    const before = new Map((commune.predecessors || []).map(p => [p.code, p.name]));
    return h('details', {class: 'villages'}, h('summary', {}, t('units.villages', number(villages.length))),
        h('ul', {id: 'villages'}, villages.map(v => {
          const old = (v.predecessors || []).find(p => p.parentCode && before.has(p.parentCode));
          return h('li', {dataset: {village: v.code}}, `${unitKind(v)}: ${unitLabel(v)}`, old && h('span',
              {class: 'muted'}, ' · ', t('units.villageBefore', date(old.effectiveOn), before.get(old.parentCode))));
        })));
  }

  function villageTeamCount(commune) {
    return h('span', {class: 'r2'}, t('teams.villageTeams', number(commune.villageTeams),
        number(commune.villageTeamMinimum)), ' ', commune.belowVillageTeamMinimum && tag(t('teams.belowMinimum'), true));
  }

  function teamFlags(team) {
    return [
      tag(t(`status.${team.status}`)),
      team.incomplete && tag(t('flag.incomplete'), true),
      team.leaderVacant && tag(t('flag.leaderVacant'), true),
      team.deputyVacant && tag(t('flag.deputyVacant'), true)
    ];
  }

  function teamCard(team) {
    return h('li', {dataset: {team: team.id}},
        h('a', {href: `#/team/${team.id}`}, team.name), h('br'),
        h('span', {class: 'muted'}, `${team.unitName} · ${t('teams.members', number(team.memberCount))}`), h('br'),
        teamFlags(team));
  }

  async function newTeamForm(commune) {
    const units = [commune, ...(await children(commune.code)).sort(byName(u => u.name))];
    const unit = select('unitCode', unitOptions(units), commune.code);
    const name = input('name');
    const zalo = input('zaloGroupUrl', {type: 'url', inputmode: 'url'});
    return form({id: 'new-team'}, [
      h('h3', {}, t('teams.new')),
      field(t('team.unit'), unit), field(t('team.name'), name), field(t('team.zaloUrl'), zalo),
      h('div', {class: 'actions'}, h('button', {type: 'submit'}, t('teams.create')))
    ], async () => {
      const team = await call('POST', 'teams', {body: {unitCode: unit.value, name: name.value, zaloGroupUrl: zalo.value || null}});
      location.hash = `#/team/${team.id}`;
    });
  }

  const ROLE_ORDER = ['LEADER', 'DEPUTY', 'MEMBER', 'COLLABORATOR'];

  async function teamPage(id) {
    const [team, members] = await Promise.all([call('GET', `teams/${id}`), call('GET', `teams/${id}/members`)]);
    members.sort((a, b) => (a.active === b.active ? 0 : a.active ? -1 : 1)
        || ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role) || collator.compare(a.fullName, b.fullName));
    const draft = team.status === 'DRAFT';
    const decision = team.establishment;
    const content = [
      h('dl', {id: 'team-facts'},
          h('dt', {}, t('team.unit')), h('dd', {}, `${team.unitName} (${team.unitCode})`),
          h('dt', {}, t('team.status')), h('dd', {id: 'team-status'}, teamFlags(team)),
          h('dt', {}, t('team.size')), h('dd', {}, t('team.sizeValue', number(team.memberCount),
              number(team.minimumSize), number(team.maximumSize), number(team.collaboratorCount))),
          h('dt', {}, t('team.leader')), h('dd', {}, team.leaderName || t('app.none')),
          h('dt', {}, t('team.zalo')), h('dd', {}, team.zaloGroupUrl
              ? h('a', {href: team.zaloGroupUrl, rel: 'noopener noreferrer', target: '_blank', id: 'zalo'}, team.zaloGroupUrl)
              : t('app.none')),
          h('dt', {}, t('team.decision')), h('dd', {id: 'decision'}, decision
              ? t('team.decisionValue', decision.decisionNumber, date(decision.decisionDate), decision.signer)
              : t('team.noDecision'))),
      h('h2', {}, t('team.members')),
      members.length ? h('ul', {class: 'cards', id: 'members'}, members.map(m => memberCard(team, m, draft)))
          : h('p', {}, t('team.noMembers'))
    ];
    if (draft && can.draftTeams()) content.push(editTeamForm(team), addMemberForm(team));
    if (draft && can.establish()) content.push(establishForm(team));
    if (team.status === 'ESTABLISHED' && can.fileRequests()) content.push(joinRequestForm(team));
    page(team.name, content);
  }

  function memberCard(team, member, draft) {
    return h('li', {dataset: {member: member.id}},
        h('strong', {}, member.fullName), ' ', tag(t(`memberRole.${member.role}`)), h('br'),
        [member.phone, member.position, member.profession && t(`profession.${member.profession}`)].filter(Boolean).join(' · '),
        h('br'), h('span', {class: 'muted'}, member.leftOn ? t('team.left', date(member.leftOn))
            : t('team.joined', date(member.joinedOn))),
        draft && can.draftTeams() && member.active && form({class: 'remove-member'},
            [h('button', {type: 'submit', class: 'secondary'}, t('team.remove', member.fullName))], async () => {
              await call('DELETE', `teams/${team.id}/members/${member.id}`, {ifMatch: member.version});
              await route();
            }),
        team.status === 'ESTABLISHED' && can.fileRequests() && member.active && leaveRequestForm(team, member));
  }

  /** R8: once the team is established a member leaves by request, folded away until asked for. */
  function leaveRequestForm(team, member) {
    const reason = h('textarea', {name: 'reason'});
    return h('details', {class: 'leave'}, h('summary', {}, t('team.leave')),
        form({class: 'leave-request'}, [field(t('requests.reason'), reason),
          h('div', {class: 'actions'}, h('button', {type: 'submit'}, t('team.fileLeave', member.fullName)))], async () => {
          await call('POST', 'membership-requests', {body: {teamId: team.id, type: 'LEAVE', memberId: member.id,
            reason: reason.value || null}});
          location.hash = '#/requests';
        }));
  }

  function editTeamForm(team) {
    const name = input('name', {value: team.name});
    const zalo = input('zaloGroupUrl', {type: 'url', value: team.zaloGroupUrl || ''});
    return form({id: 'edit-team'}, [
      h('h2', {}, t('team.edit')), field(t('team.name'), name), field(t('team.zaloUrl'), zalo),
      h('div', {class: 'actions'}, h('button', {type: 'submit'}, t('team.save')))
    ], async () => {
      await call('PUT', `teams/${team.id}`, {ifMatch: team.version,
        body: {unitCode: team.unitCode, name: name.value, zaloGroupUrl: zalo.value || null}});
      await route();
    });
  }

  const professionOptions = () => [['', '—'], ...['TEACHER', 'HEALTH_WORKER', 'POLICE', 'OFFICIAL', 'TELECOM', 'OTHER']
      .map(p => [p, t(`profession.${p}`)])];

  function personFields() {
    return {
      fullName: input('fullName', {autocomplete: 'off'}),
      phone: input('phone', {type: 'tel', inputmode: 'tel'}),
      position: input('position'),
      profession: select('profession', professionOptions(), '')
    };
  }

  function personControls(person) {
    return [field(t('member.fullName'), person.fullName), field(t('member.phone'), person.phone),
      field(t('member.position'), person.position), field(t('member.profession'), person.profession)];
  }

  const personValues = person => ({fullName: person.fullName.value, phone: person.phone.value,
    position: person.position.value || null, profession: person.profession.value || null});

  function addMemberForm(team) {
    const person = personFields();
    const role = select('role', ROLE_ORDER.map(r => [r, t(`memberRole.${r}`)]), 'MEMBER');
    return form({id: 'add-member'}, [
      h('h2', {}, t('team.addMember')), personControls(person), field(t('member.role'), role),
      h('div', {class: 'actions'}, h('button', {type: 'submit'}, t('team.add')))
    ], async () => {
      await call('POST', `teams/${team.id}/members`, {body: {...personValues(person), role: role.value}});
      await route();
      document.querySelector('#add-member [name="fullName"]')?.focus();
    });
  }

  function establishForm(team) {
    const decisionNumber = input('decisionNumber');
    const decisionDate = input('decisionDate', {inputmode: 'numeric', placeholder: 'dd/MM/yyyy'});
    const signer = input('signer');
    return form({id: 'establish'}, [
      h('h2', {}, t('team.establish')), field(t('team.decisionNumber'), decisionNumber),
      field(t('team.decisionDate'), decisionDate), field(t('team.signer'), signer),
      h('div', {class: 'actions'}, h('button', {type: 'submit'}, t('team.record')))
    ], async () => {
      const iso = isoDate(decisionDate.value);
      if (decisionDate.value.trim() && !iso) throw invalid('decisionDate', t('date.invalid'));
      await call('POST', `teams/${team.id}/establishment`, {ifMatch: team.version,
        body: {decisionNumber: decisionNumber.value, decisionDate: iso, signer: signer.value}});
      await route();
    });
  }

  function joinRequestForm(team) {
    const person = personFields();
    const reason = h('textarea', {name: 'reason'});
    return form({id: 'join-request'}, [
      h('h2', {}, t('team.join')), personControls(person), field(t('requests.reason'), reason),
      h('div', {class: 'actions'}, h('button', {type: 'submit'}, t('team.file')))
    ], async () => {
      await call('POST', 'membership-requests', {body: {teamId: team.id, type: 'JOIN',
        applicant: personValues(person), reason: reason.value || null}});
      location.hash = '#/requests';
    });
  }

  const REQUEST_STATES = ['SUBMITTED', 'ENDORSED', 'APPROVED', 'REJECTED', 'WITHDRAWN'];

  async function requestsPage(query) {
    // Each role's inbox opens on the step it acts on.
    const inbox = can.approve() && !can.endorse() ? 'ENDORSED' : can.endorse() ? 'SUBMITTED' : '';
    const state = query.has('state') ? query.get('state') : inbox;
    const filter = select('state', [['', t('requests.all')], ...REQUEST_STATES.map(s => [s, t(`state.${s}`)])], state);
    filter.addEventListener('change', () => { location.hash = `#/requests?state=${filter.value}`; });
    const requests = [];
    for (const unit of me.units) {
      const list = await call('GET', `membership-requests?unit=${encodeURIComponent(unit.code)}&size=200`
          + (state ? `&state=${state}` : ''));
      requests.push(...list.items);
    }
    requests.sort(byName(r => r.fullName));
    page(t('requests.title'), field(t('requests.state'), filter),
        requests.length ? h('ul', {class: 'cards', id: 'requests'}, requests.map(requestCard))
            : h('p', {id: 'requests'}, t('requests.empty')));
  }

  function requestCard(request) {
    const actions = [];
    const decide = step => async () => {
      await call('POST', `membership-requests/${request.id}/${step}`, {body: {}});
      await route();
    };
    if (request.state === 'SUBMITTED' && can.endorse()) {
      actions.push(form({class: 'endorse'}, [h('button', {type: 'submit'}, t('requests.endorse'))], decide('endorse')));
    }
    if (request.state === 'ENDORSED' && can.approve()) {
      actions.push(form({class: 'approve'}, [h('button', {type: 'submit'}, t('requests.approve'))], decide('approve')));
    }
    if ((request.state === 'SUBMITTED' || request.state === 'ENDORSED') && can.withdraw()) {
      actions.push(form({class: 'withdraw'}, [h('button', {type: 'submit', class: 'secondary'}, t('requests.withdraw'))],
          decide('withdraw')));
    }
    // Before endorsement the leader (or the commune officer for the leader) rejects, after it the chairman.
    if ((request.state === 'SUBMITTED' && can.endorse()) || (request.state === 'ENDORSED' && can.approve())) {
      const reason = h('textarea', {name: 'reason'});
      actions.push(form({class: 'reject'}, [field(t('requests.rejectReason'), reason),
        h('button', {type: 'submit', class: 'danger'}, t('requests.reject'))], async () => {
        await call('POST', `membership-requests/${request.id}/reject`, {body: {reason: reason.value}});
        await route();
      }));
    }
    return h('li', {dataset: {request: request.id, state: request.state}},
        h('strong', {}, request.fullName), ' ', tag(t(`requestType.${request.type}`)), tag(t(`state.${request.state}`)),
        h('br'), `${request.teamName} (${request.unitCode})`,
        h('br'), [request.phone, request.position, request.profession && t(`profession.${request.profession}`)]
            .filter(Boolean).join(' · '),
        request.reason && h('p', {}, `${t('requests.reason')}: ${request.reason}`),
        request.endorsedOnBehalfOfLeader && h('p', {class: 'muted'}, t('requests.onBehalf')),
        request.outcome && h('p', {}, t('requests.outcome', t(`memberRole.${request.outcome}`)),
            request.outcomeNote ? ` — ${request.outcomeNote}` : ''),
        h('ul', {class: 'muted history'}, (request.history || []).map(entry => h('li', {},
            t('history.entry', dateTime(entry.at), t(`state.${entry.state}`), entry.by),
            entry.reason ? ` — ${entry.reason}` : ''))),
        actions);
  }

  /** A unit and month chooser that reloads the page with ?unit=&period=. */
  function chooser(route, unitLabelText, units, unit, period) {
    const unitSelect = select('unit', unitOptions(units), unit);
    const periodInput = input('period', {value: shownPeriod(period), inputmode: 'numeric', placeholder: 'MM/yyyy'});
    return form({id: 'chooser'}, [
      field(unitLabelText, unitSelect), field(t('report.period'), periodInput),
      h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'secondary'}, t('report.show')))
    ], async () => {
      const iso = isoPeriod(periodInput.value);
      if (!iso) throw invalid('period', t('period.invalid'));
      location.hash = `#/${route}?unit=${encodeURIComponent(unitSelect.value)}&period=${iso}`;
    });
  }

  const FIELDS = ['DIGITAL_GOVERNMENT', 'DIGITAL_ECONOMY', 'DIGITAL_SOCIETY', 'GENERAL'];

  async function reportPage(query) {
    const units = (await communes()).sort(byName(u => u.name));
    const unit = units.find(u => u.code === query.get('unit')) || units[0];
    const period = isoPeriod(query.get('period') || '') || currentPeriod();
    const chooserForm = chooser('report', t('report.commune'), units, unit?.code, period);
    if (!unit) return page(t('report.title'), chooserForm);
    const [indicators, report] = await Promise.all([call('GET', 'indicators'),
      call('GET', `monthly-reports/${unit.code}/${period}`).catch(e => { if (e.status === 404) return null; throw e; })]);
    const status = report ? report.status : null;
    const editable = can.writeReports() && (!report || status === 'DRAFT' || status === 'RETURNED');
    const content = [chooserForm, h('h2', {}, t('report.heading', shownPeriod(period), unit.name)),
      reportState(report)];
    content.push(editable ? reportForm(unit, period, report, indicators)
        : reportView(report, indicators));
    if (report && status === 'SUBMITTED' && await mayDecide(unit)) content.push(decideReportForms(unit, period));
    if (report && status === 'ACCEPTED' && anyRole('PROVINCE_OFFICER')) {
      content.push(form({id: 'reopen'}, [h('button', {type: 'submit', class: 'secondary'}, t('report.reopen'))],
          async () => {
            await call('POST', `monthly-reports/${unit.code}/${period}/reopen`, {body: {}});
            await route();
          }));
    }
    if (report) content.push(downloadButtons('monthly', unit, period, t('downloads.monthly')));
    page(t('report.title'), content);
  }

  /** Status, lateness and a return's reason, in words and first. */
  function reportState(report) {
    if (!report) return h('p', {id: 'report-status'}, `${t('report.status')}: ${t('report.notStarted')}`);
    return h('div', {id: 'report-status'},
        h('p', {}, `${t('report.status')}: `, h('strong', {}, t(`reportStatus.${report.status}`))),
        report.status === 'RETURNED' && h('p', {class: 'warning', id: 'returned'},
            t('report.returned', report.returnReason || '')),
        report.submittedAt && (report.late ? h('p', {class: 'warning', id: 'late'}, t('report.late'))
            : h('p', {class: 'notice'}, t('report.onTime'))),
        h('p', {class: 'muted'}, t('report.window', date(report.windowStart), date(report.windowEnd),
            date(report.dueBefore))),
        report.submittedAt && h('p', {class: 'muted'}, t('report.submittedBy', dateTime(report.submittedAt),
            report.submittedBy)),
        report.decidedAt && h('p', {class: 'muted'}, t('report.decidedBy', dateTime(report.decidedAt), report.decidedBy)),
        report.establishment && h('p', {}, t('report.establishment', ...[
          report.establishment.teams, report.establishment.members, report.establishment.incompleteTeams,
          report.establishment.teachers].map(number))));
  }

  const groupedIndicators = (indicators, values) => FIELDS.map(f => [f, indicators
      .filter(i => i.field === f && (i.active || values?.[i.code] !== undefined))
      .sort((a, b) => a.sortOrder - b.sortOrder)]).filter(([, list]) => list.length);

  function reportView(report, indicators) {
    if (!report) return [];
    return [
      groupedIndicators(indicators, report.values).map(([f, list]) => h('section', {},
          h('h3', {}, t(`field.${f}`)), h('table', {}, h('tbody', {}, list.map(i => h('tr', {},
              h('th', {scope: 'row'}, i.name), h('td', {class: 'number'}, number(report.values[i.code])))))))),
      h('h3', {}, t('report.notes')), h('p', {id: 'notes'}, report.notes || t('app.none')),
      h('h3', {}, t('report.commendations')),
      report.commendations?.length ? h('ul', {}, report.commendations.map(c => h('li', {},
          `${c.nominee} (${t(`kind.${c.kind}`)})` + (c.unit ? `, ${c.unit}` : '')
          + (c.achievement ? `: ${c.achievement}` : ''))))
          : h('p', {}, t('report.noCommendations'))
    ];
  }

  function reportForm(unit, period, report, indicators) {
    const values = report?.values || {};
    const fieldsets = groupedIndicators(indicators, values).map(([f, list]) => h('fieldset', {},
        h('legend', {}, t(`field.${f}`)), list.map(i => field(i.name, input(`values.${i.code}`,
            {inputmode: 'numeric', value: values[i.code] !== undefined ? number(values[i.code]) : ''})))));
    const notes = h('textarea', {name: 'notes'}, report?.notes || '');
    const commendations = h('div', {id: 'commendations'});
    const addCommendation = c => {
      const row = h('fieldset', {class: 'commendation'}, h('legend', {}, t('report.commendations')),
          field(t('report.nominee'), input('nominee', {value: c?.nominee || ''})),
          field(t('report.kind'), select('kind', [['PERSON', t('kind.PERSON')], ['GROUP', t('kind.GROUP')]],
              c?.kind || 'PERSON')),
          field(t('report.unit'), input('unit', {value: c?.unit || ''})),
          field(t('report.achievement'), h('textarea', {name: 'achievement'}, c?.achievement || '')),
          h('button', {type: 'button', class: 'secondary', onclick: () => row.remove()}, t('report.removeCommendation')));
      commendations.append(row);
      return row;
    };
    (report?.commendations || []).forEach(addCommendation);
    let version = report ? report.version : null;
    return form({id: 'report-form'}, [
      fieldsets, field(t('report.notes'), notes),
      h('h3', {}, t('report.commendations')), commendations,
      h('button', {type: 'button', class: 'secondary', id: 'add-commendation',
        onclick: () => addCommendation().querySelector('input').focus()}, t('report.addCommendation')),
      h('div', {class: 'actions'},
          h('button', {type: 'submit', name: 'save', class: 'secondary'}, t('report.save')),
          h('button', {type: 'submit', name: 'submit'}, t('report.submit')))
    ], async submitter => {
      const body = {values: {}, notes: notes.value || null, commendations: []};
      const errors = [];
      for (const control of document.querySelectorAll('#report-form [name^="values."]')) {
        const text = control.value.replace(/[.\s\u00a0]/g, '');
        if (text === '') continue;
        if (!/^\d+$/.test(text)) errors.push({field: control.name, message: t('number.invalid')});
        body.values[control.name.slice(7)] = Number(text);
      }
      if (errors.length) throw new ApiError(400, {errors});
      for (const row of commendations.querySelectorAll('.commendation')) {
        const value = name => row.querySelector(`[name="${name}"]`).value || null;
        body.commendations.push({nominee: value('nominee'), kind: value('kind'), unit: value('unit'),
          achievement: value('achievement')});
      }
      const saved = await call('PUT', `monthly-reports/${unit.code}/${period}`, {body, ifMatch: version});
      version = saved.version;
      if (submitter?.name === 'submit') {
        await call('POST', `monthly-reports/${unit.code}/${period}/submit`, {body: {}});
      }
      await route();
      main.querySelector('h1').after(h('p', {class: 'notice', role: 'status'},
          t(submitter?.name === 'submit' ? 'report.submitted' : 'app.saved')));
    });
  }

  /** District officers decide their communes' reports; the province only for a commune without a district. */
  async function mayDecide(commune) {
    if (anyRole('DISTRICT_OFFICER')) return true;
    if (!anyRole('PROVINCE_OFFICER')) return false;
    const parent = await call('GET', `units/${encodeURIComponent(commune.parentCode)}`);
    return parent.level === 'PROVINCE';
  }

  function decideReportForms(unit, period) {
    const reason = h('textarea', {name: 'reason'});
    const path = `monthly-reports/${unit.code}/${period}`;
    return [
      form({id: 'accept'}, [h('button', {type: 'submit'}, t('report.accept'))], async () => {
        await call('POST', `${path}/accept`, {body: {}});
        await route();
      }),
      form({id: 'return'}, [field(t('report.returnReason'), reason),
        h('button', {type: 'submit', class: 'danger'}, t('report.return'))], async () => {
        await call('POST', `${path}/return`, {body: {reason: reason.value}});
        await route();
      })
    ];
  }

  /** Units a caller consolidates: a district officer their district, a province officer the province and its districts. */
  async function consolidationUnits() {
    const result = [];
    for (const unit of me.units) {
      if (unit.level === 'DISTRICT') result.push(unit);
      if (unit.level === 'PROVINCE') {
        result.push(unit, ...(await children(unit.code)).filter(u => u.level === 'DISTRICT'));
      }
    }
    return result;
  }

  let polling = null;

  async function consolidationsPage(query) {
    const units = await consolidationUnits();
    const unit = units.find(u => u.code === query.get('unit')) || units[0];
    const period = isoPeriod(query.get('period') || '') || currentPeriod();
    const chooserForm = chooser('consolidations', t('consolidation.unit'), units, unit?.code, period);
    if (!unit) return page(t('consolidation.title'), chooserForm);
    const progress = h('div', {id: 'progress', 'aria-live': 'polite'});
    const result = h('div', {id: 'consolidation-result'});
    const run = form({id: 'run'}, [h('button', {type: 'submit'}, t('consolidation.run'))], async () => {
      const started = await call('POST', 'consolidations', {body: {level: unit.level, unitCode: unit.code, period}});
      await follow(started.executionId, progress, () => showConsolidation(unit, period, result));
    });
    page(t('consolidation.title'), chooserForm, h('h2', {}, `${unitLabel(unit)} · ${shownPeriod(period)}`),
        run, progress, result, downloadButtons('monthly', unit, period, t('downloads.monthly')));
    await showConsolidation(unit, period, result);
  }

  /** Polls a run's progress every second until it ends; a failed run offers to resume. */
  function follow(executionId, progress, done) {
    clearTimeout(polling);
    return new Promise(resolve => {
      const tick = async () => {
        let state;
        try {
          state = await call('GET', `consolidations/${executionId}`);
        } catch (error) {
          progress.replaceChildren(h('p', {class: 'form-error', role: 'alert'}, error.problem?.title || error.message));
          return resolve();
        }
        const ended = ['COMPLETED', 'FAILED', 'STOPPED', 'ABANDONED'].includes(state.status);
        progress.replaceChildren(h('p', {}, t('consolidation.progress', state.step || state.status,
            number(state.done), number(state.total))),
            h('progress', {max: String(Math.max(state.total, 1)), value: String(state.done)}));
        if (state.status === 'COMPLETED') {
          progress.replaceChildren(h('p', {class: 'notice'}, t('consolidation.completed', number(state.total))));
          await done();
          return resolve();
        }
        if (state.resumedAs) {
          // Its server stopped; another one carries the same run on: follow that one.
          return resolve(follow(state.resumedAs, progress, done));
        }
        if (ended) {
          progress.append(h('p', {class: 'warning', role: 'alert'}, t('consolidation.failed', state.status)),
              form({id: 'restart'}, [h('button', {type: 'submit'}, t('consolidation.restart'))], async () => {
                const restarted = await call('POST', `consolidations/${executionId}/restart`, {body: {}});
                await follow(restarted.executionId, progress, done);
              }));
          return resolve();
        }
        if (main.contains(progress)) polling = setTimeout(tick, 1000);
        else resolve();
      };
      tick();
    });
  }

  async function showConsolidation(unit, period, target) {
    let view;
    try {
      view = await call('GET', `consolidations?unit=${encodeURIComponent(unit.code)}&period=${period}`);
    } catch (error) {
      if (error.status !== 404) throw error;
      target.replaceChildren(h('p', {id: 'no-consolidation'}, t('consolidation.none')));
      return;
    }
    const [indicators, sources] = await Promise.all([call('GET', 'indicators'), children(unit.code)]);
    const names = new Map(sources.map(u => [u.code, u.name]));
    const late = unit.level === 'DISTRICT' ? await lateCommunes(sources, view, period) : [];
    const row = (label, value) => h('tr', {}, h('th', {scope: 'row'}, label), h('td', {class: 'number'}, value));
    target.replaceChildren(
        h('h2', {}, t('consolidation.result', number(view.revision), dateTime(view.completedAt))),
        h('table', {id: 'counts'}, h('tbody', {},
            row(t('consolidation.expected'), number(view.expected)),
            row(t('consolidation.received'), number(view.received)),
            row(t('consolidation.onTime'), number(view.onTime)),
            row(t('consolidation.lateCount'), number(view.late)))),
        h('p', {}, t('consolidation.rates', percent(view.reportingRate), percent(view.onTimeRate))),
        h('p', {}, t('consolidation.figures', ...[view.teams, view.members, view.incompleteTeams, view.teachers]
            .map(number))),
        h('h3', {}, t('consolidation.missing')),
        view.missing.length ? h('ul', {id: 'missing'}, view.missing.map(code => names.get(code) || code)
            .sort(collator.compare).map(name => h('li', {}, name))) : h('p', {id: 'missing'}, t('app.none')),
        h('h3', {}, t('consolidation.late')),
        late.length ? h('ul', {id: 'late-communes'}, late.map(name => h('li', {}, name)))
            : h('p', {id: 'late-communes'}, view.late ? number(view.late) : t('app.none')),
        h('h3', {}, t('consolidation.totals')),
        h('table', {id: 'totals'}, h('tbody', {}, indicators.filter(i => view.totals[i.code] !== undefined)
            .sort((a, b) => FIELDS.indexOf(a.field) - FIELDS.indexOf(b.field) || a.sortOrder - b.sortOrder)
            .map(i => row(i.name, number(view.totals[i.code]))))));
  }

  /** The consolidation counts late reports; their communes are read from the reports it received. */
  async function lateCommunes(communesOfDistrict, view, period) {
    if (!view.late) return [];
    const received = communesOfDistrict.filter(c => c.level === 'COMMUNE' && !view.missing.includes(c.code));
    const reports = await Promise.all(received.map(c => call('GET', `monthly-reports/${c.code}/${period}`)
        .then(r => [c.name, r]).catch(() => [c.name, null])));
    return reports.filter(([, r]) => r && r.late).map(([name]) => name).sort(collator.compare);
  }

  /** PDF and XLSX of a report, fetched with the login (a plain link would carry none) and saved under its name. */
  function downloadButtons(report, unit, period, label) {
    const status = h('p', {class: 'muted', role: 'status'});
    const button = format => h('button', {
      type: 'button', class: 'secondary', dataset: {download: `${report}-${format}`},
      'aria-label': t(format === 'pdf' ? 'downloads.pdfOf' : 'downloads.xlsxOf', label),
      onclick: async event => {
        const target = event.currentTarget;
        target.disabled = true;
        status.replaceChildren();
        try {
          const query = `unit=${encodeURIComponent(unit.code)}&format=${format}` + (period ? `&period=${period}` : '');
          const response = await call('GET', `reports/${report === 'f1' ? 'team-list' : 'monthly'}?${query}`);
          const blob = await response.blob();
          const name = fileName(response.headers.get('Content-Disposition')) || `${report}-${unit.code}.${format}`;
          const link = h('a', {href: URL.createObjectURL(blob), download: name});
          document.body.append(link);
          link.click();
          link.remove();
          setTimeout(() => URL.revokeObjectURL(link.href), 60000);
          status.textContent = t('downloads.done', name);
        } catch (error) {
          status.replaceChildren(h('span', {class: 'form-error', role: 'alert'},
              [error.problem?.title, error.problem?.detail].filter(Boolean).join(' — ') || error.message));
        } finally {
          target.disabled = false;
        }
      }
    }, t(format === 'pdf' ? 'downloads.pdf' : 'downloads.xlsx'));
    return h('div', {class: 'downloads'}, h('h3', {}, label),
        h('div', {class: 'actions'}, button('pdf'), button('xlsx')), status);
  }

  function fileName(disposition) {
    const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition || '');
    if (encoded) return decodeURIComponent(encoded[1]);
    const plain = /filename="([^"]+)"/i.exec(disposition || '');
    return plain ? plain[1] : null;
  }

  async function downloadsPage(query) {
    const units = await reportUnits();
    const unit = units.find(u => u.code === query.get('unit')) || units[0];
    const period = isoPeriod(query.get('period') || '') || currentPeriod();
    const chooserForm = chooser('downloads', t('downloads.unit'), units, unit?.code, period);
    if (!unit) return page(t('downloads.title'), chooserForm);
    page(t('downloads.title'), chooserForm, h('h2', {}, unitLabel(unit)),
        downloadButtons('f1', unit, null, t('downloads.f1')),
        can.readReports() && downloadButtons('monthly', unit, period, `${t('downloads.monthly')} ${shownPeriod(period)}`));
  }

  async function importPage() {
    const units = (await communes()).sort(byName(u => u.name));
    const unit = select('unit', unitOptions(units), units[0]?.code);
    const file = h('input', {type: 'file', name: 'file', accept: '.xlsx,.csv,text/csv'});
    const report = h('div', {id: 'import-report', 'aria-live': 'polite'});
    const send = async dryRun => {
      if (!file.files.length) throw invalid('file', t('import.file'));
      const data = new FormData();
      data.append('file', file.files[0]);
      try {
        return await call('POST', `imports?unit=${encodeURIComponent(unit.value)}&dryRun=${dryRun}`, {form: data});
      } catch (error) {
        // A file with problems answers 422 with the same report as the dry run.
        if (error.status === 422 && error.problem.changes) return error.problem;
        throw error;
      }
    };
    const apply = h('button', {type: 'submit', name: 'apply', hidden: true}, t('import.apply'));
    page(t('import.title'), form({id: 'import'}, [
      field(t('import.commune'), unit), field(t('import.file'), file),
      h('div', {class: 'actions'}, h('button', {type: 'submit', name: 'check', class: 'secondary'}, t('import.check')),
          apply)
    ], async submitter => {
      const applying = submitter?.name === 'apply';
      const result = await send(!applying);
      fill(report,
          applying && !result.problems?.length && h('p', {class: 'notice', role: 'status'}, t('import.applied')),
          h('h2', {}, t('import.changes')),
          result.changes?.some(c => c.action !== 'NONE') ? h('ul', {}, result.changes.filter(c => c.action !== 'NONE')
              .map(c => h('li', {}, `${t('import.row', c.row)}: ${t(`importAction.${c.action}`)} ${c.teamName}`
                  + (c.detail ? ` (${c.detail})` : ''))))
              : h('p', {}, t('import.nothing')),
          result.problems?.length > 0 && [h('h2', {}, t('import.problems')), h('ul', {class: 'form-error'},
              result.problems.map(p => h('li', {}, `${t('import.row', p.row)}: ${p.message}`)))]);
      apply.hidden = applying || !!result.problems?.length;
    }), report);
  }

  // ---- Dashboard: charts drawn with uPlot (shipped in the WAR under lib/, loaded on this page only) ----------------

  let uplotLoading = null;

  /** uPlot's script and style, once per visit; the pages' own files ('self' in the policy), no inline code. */
  function uplot() {
    uplotLoading = uplotLoading || new Promise((resolve, reject) => {
      document.head.append(h('link', {rel: 'stylesheet', href: 'lib/uplot/dist/uPlot.min.css'}));
      const script = h('script', {src: 'lib/uplot/dist/uPlot.iife.min.js'});
      script.addEventListener('load', () => resolve(window.uPlot));
      script.addEventListener('error', () => { uplotLoading = null; reject(new Error(t('dashboard.noCharts'))); });
      document.head.append(script);
    });
    return uplotLoading;
  }

  const COLOURS = ['#0b4f9c', '#e07b00', '#2b7a2b', '#a4161a'];
  const dash = '—';

  /** The chart's width: the page's column, so that nothing is wider than a phone. */
  const chartWidth = target => Math.max(240, Math.min(target.clientWidth || main.clientWidth - 24, 696));

  /** A chart over months or units (x = 0, 1, 2...), series [{label, values, bars}], labels for the x axis. */
  function chart(uPlot, target, labels, series, {percent: asPercent = false, rotate = false} = {}) {
    const bars = uPlot.paths.bars({size: [0.6, 40]});
    const format = v => v === null || v === undefined ? dash : asPercent ? percent(v / 100) : number(v);
    const options = {
      width: chartWidth(target), height: rotate ? 260 : 220,
      scales: {x: {time: false, range: [-0.5, labels.length - 0.5]}, y: {range: (u, min, max) =>
          [0, Math.max(asPercent ? 100 : 1, max || 0)]}},
      legend: {show: true, live: false},
      cursor: {show: false},
      axes: [
        {values: (u, splits) => splits.map(i => labels[i] ?? ''), splits: () => labels.map((_, i) => i),
          rotate: rotate ? -60 : 0, size: rotate ? 90 : 40, gap: 4, font: '11px system-ui, sans-serif'},
        {values: (u, splits) => splits.map(format), size: 56, font: '11px system-ui, sans-serif'}
      ],
      series: [{}, ...series.map((s, i) => ({
        label: s.label, stroke: COLOURS[i % COLOURS.length], width: 2,
        fill: s.bars ? COLOURS[i % COLOURS.length] + '99' : undefined,
        paths: s.bars ? bars : undefined, points: {show: !s.bars, size: 6}, spanGaps: false,
        value: (u, v) => format(v)
      }))]
    };
    const data = [labels.map((_, i) => i), ...series.map(s => s.values)];
    target.replaceChildren();
    return new uPlot(options, data, target);
  }

  const STATES_WITH_FIGURES = ['CONSOLIDATED', 'REPORTED'];

  /** The dashboard of one of the caller's units: reporting, establishment, activity; each chart with its table. */
  async function dashboardPage(query) {
    const units = await reportUnits();
    const unit = units.find(u => u.code === query.get('unit')) || units[0];
    const from = isoPeriod(query.get('from') || '');
    const to = isoPeriod(query.get('to') || '');
    const unitSelect = select('unit', unitOptions(units), unit?.code);
    const fromInput = input('from', {value: shownPeriod(from), inputmode: 'numeric', placeholder: 'MM/yyyy'});
    const toInput = input('to', {value: shownPeriod(to), inputmode: 'numeric', placeholder: 'MM/yyyy'});
    const chooserForm = form({id: 'chooser'}, [
      field(t('dashboard.unit'), unitSelect), field(t('dashboard.from'), fromInput), field(t('dashboard.to'), toInput),
      h('div', {class: 'actions'}, h('button', {type: 'submit', class: 'secondary'}, t('report.show')))
    ], async () => {
      const range = {};
      for (const [name, control] of [['from', fromInput], ['to', toInput]]) {
        if (!control.value.trim()) continue;
        range[name] = isoPeriod(control.value);
        if (!range[name]) throw invalid(name, t('period.invalid'));
      }
      location.hash = '#/dashboard?' + new URLSearchParams({unit: unitSelect.value, ...range});
    });
    if (!unit) return page(t('dashboard.title'), chooserForm);
    const params = new URLSearchParams({...(from ? {from} : {}), ...(to ? {to} : {})});
    const [view, uPlot] = await Promise.all([
      call('GET', `dashboards/${encodeURIComponent(unit.code)}${params.size ? '?' + params : ''}`), uplot()]);
    const months = view.months;
    const monthLabels = months.map(m => shownPeriod(m.period));
    const rateOf = (m, key) => m[key] === null ? null : Math.round(m[key] * 1000) / 10;
    const cell = (value, attributes) => h('td', {class: 'number', ...attributes}, value);
    const stateText = m => t(`monthState.${m.state}`);

    const reportingChart = h('div', {class: 'chart', id: 'reporting-chart', role: 'img',
      'aria-label': t('dashboard.reportingChart')});
    const reportingTable = h('div', {class: 'table-wrap'}, h('table', {id: 'reporting-table'},
        h('caption', {}, t('dashboard.reportingTable')),
        h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('dashboard.month')),
            h('th', {scope: 'col', class: 'number'}, t('dashboard.reportingRate')),
            h('th', {scope: 'col', class: 'number'}, t('dashboard.onTimeRate')),
            h('th', {scope: 'col', class: 'number'}, t('dashboard.receivedOfExpected')))),
        h('tbody', {}, months.map(m => h('tr', {dataset: {period: m.period, state: m.state}},
            h('th', {scope: 'row'}, shownPeriod(m.period)),
            STATES_WITH_FIGURES.includes(m.state)
                ? [cell(percent(m.reportingRate), {dataset: {cell: 'reportingRate'}}),
                  cell(percent(m.onTimeRate), {dataset: {cell: 'onTimeRate'}}),
                  cell(`${number(m.received)} / ${number(m.expected)}`, {dataset: {cell: 'received'}})]
                : h('td', {colspan: '3', class: 'muted', dataset: {cell: 'state'}}, stateText(m)))))));
    const missingMonths = months.filter(m => m.missing.length);
    const missingList = missingMonths.length ? h('ul', {id: 'missing-units'}, missingMonths.map(m =>
        h('li', {dataset: {period: m.period}}, h('strong', {}, `${shownPeriod(m.period)}: `),
            m.missing.map(u => u.name || u.code).sort(collator.compare).join(', '))))
        : h('p', {id: 'missing-units'}, t('app.none'));

    const rows = view.establishment;
    const establishmentChart = h('div', {class: 'chart', id: 'establishment-chart', role: 'img',
      'aria-label': t('dashboard.establishmentChart')});
    const byDistrict = rows.some(r => r.level === 'DISTRICT');
    const establishmentTable = h('div', {class: 'table-wrap'}, h('table', {id: 'establishment-table'},
        h('caption', {}, t('dashboard.establishmentTable', date(view.establishmentOn), number(view.minTeamSize))),
        h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('dashboard.unitColumn')),
            h('th', {scope: 'col', class: 'number'}, t('dashboard.established')),
            h('th', {scope: 'col', class: 'number'}, t('dashboard.villageTeams')),
            h('th', {scope: 'col', class: 'number'}, t('dashboard.underSize')),
            byDistrict && h('th', {scope: 'col', class: 'number'}, t('dashboard.communesBelow')))),
        h('tbody', {}, rows.map(r => h('tr', {dataset: {unit: r.unitCode}, class: r.villageTeams < r.villageTeamMinimum
            ? 'lagging' : undefined},
            h('th', {scope: 'row'}, r.unitName),
            cell(number(r.establishedTeams), {dataset: {cell: 'established'}}),
            cell(`${number(r.villageTeams)} / ${number(r.villageTeamMinimum)}`, {dataset: {cell: 'villageTeams'}}),
            cell(number(r.teamsUnderMinimumSize), {dataset: {cell: 'underSize'}}),
            byDistrict && cell(`${number(r.communesBelowMinimum)} / ${number(r.communes)}`,
                {dataset: {cell: 'communesBelow'}}))))));

    const indicators = view.indicators;
    const indicatorSelect = select('indicator', indicators.map(i => [i.code, i.name]), indicators[0]?.code);
    const activityChart = h('div', {class: 'chart', id: 'activity-chart', role: 'img',
      'aria-label': t('dashboard.activityChart')});
    const activityTable = h('div', {class: 'table-wrap'});
    const drawActivity = () => {
      const code = indicatorSelect.value;
      const name = indicators.find(i => i.code === code)?.name || code;
      const values = months.map(m => m.totals ? (m.totals[code] ?? 0) : null);
      chart(uPlot, activityChart, monthLabels, [{label: name, values, bars: true}]);
      activityTable.replaceChildren(h('table', {id: 'activity-table', dataset: {indicator: code}},
          h('caption', {}, name),
          h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('dashboard.month')),
              h('th', {scope: 'col', class: 'number'}, t('dashboard.total')))),
          h('tbody', {}, months.map((m, i) => h('tr', {dataset: {period: m.period, state: m.state}},
              h('th', {scope: 'row'}, shownPeriod(m.period)),
              values[i] === null ? h('td', {class: 'muted', dataset: {cell: 'state'}}, stateText(m))
                  : cell(number(values[i]), {dataset: {cell: 'total'}}))))));
    };
    indicatorSelect.addEventListener('change', drawActivity);

    page(t('dashboard.title'), chooserForm,
        h('h2', {id: 'dashboard-unit'}, `${unitLabel({name: view.unitName, code: view.unitCode})} · `
            + `${shownPeriod(view.from)}–${shownPeriod(view.to)}`),
        h('section', {id: 'reporting', 'aria-labelledby': 'reporting-heading'},
            h('h2', {id: 'reporting-heading'}, t('dashboard.reporting')), reportingChart, reportingTable,
            h('h3', {}, t('dashboard.missing')), missingList),
        h('section', {id: 'establishment', 'aria-labelledby': 'establishment-heading'},
            h('h2', {id: 'establishment-heading'}, t('dashboard.establishment')),
            rows.length ? [establishmentChart, establishmentTable] : h('p', {}, t('app.none'))),
        h('section', {id: 'activity', 'aria-labelledby': 'activity-heading'},
            h('h2', {id: 'activity-heading'}, t('dashboard.activity')),
            field(t('dashboard.indicator'), indicatorSelect), activityChart, activityTable));
    chart(uPlot, reportingChart, monthLabels, [
      {label: t('dashboard.reportingRate'), values: months.map(m => rateOf(m, 'reportingRate'))},
      {label: t('dashboard.onTimeRate'), values: months.map(m => rateOf(m, 'onTimeRate'))}], {percent: true});
    if (rows.length) {
      chart(uPlot, establishmentChart, rows.map(r => r.unitName.replace(/^(Xã|Phường|Thị trấn|Huyện) /, '')), [
        {label: t('dashboard.villageTeams'), values: rows.map(r => r.villageTeams), bars: true},
        {label: t('dashboard.minimum'), values: rows.map(r => r.villageTeamMinimum)},
        {label: t('dashboard.underSize'), values: rows.map(r => r.teamsUnderMinimumSize), bars: true}],
      {rotate: true});
    }
    drawActivity();
  }

  // ---- Routing -------------------------------------------------------------------------------------------------

  const routes = [
    [/^\/$/, homePage],
    [/^\/teams$/, teamsPage],
    [/^\/team\/([\w-]+)$/, teamPage],
    [/^\/requests$/, requestsPage],
    [/^\/report$/, reportPage],
    [/^\/consolidations$/, consolidationsPage],
    [/^\/downloads$/, downloadsPage],
    [/^\/import$/, importPage],
    [/^\/dashboard$/, dashboardPage]
  ];

  async function route() {
    clearTimeout(polling);
    const [path, search] = (location.hash.slice(1) || '/').split('?');
    document.getElementById('logout').hidden = !sessionStorage.getItem(AUTH_KEY);
    if (path === '/login' || !sessionStorage.getItem(AUTH_KEY)) {
      me = null;
      return loginPage();
    }
    try {
      me = me || await call('GET', 'me');
      for (const [pattern, show] of routes) {
        const match = pattern.exec(path);
        if (match) {
          const argument = match[1] !== undefined ? decodeURIComponent(match[1]) : new URLSearchParams(search || '');
          return await show(argument);
        }
      }
      page(t('app.notFound'), h('p', {}, h('a', {href: '#/'}, t('app.home'))));
    } catch (error) {
      if (error.status === 401) return;
      const problem = error.problem || {title: error.message};
      page(t('app.error'), h('p', {class: 'form-error', role: 'alert'},
          [problem.title, problem.detail].filter(Boolean).join(' — ')), h('p', {}, h('a', {href: '#/'}, t('app.home'))));
    }
  }

  function translateFrame() {
    document.documentElement.lang = lang;
    document.getElementById('home-link').textContent = t('app.home');
    const switcher = document.getElementById('language');
    switcher.textContent = t('app.language');
    switcher.lang = lang === 'vi' ? 'en' : 'vi';
    document.getElementById('logout').textContent = t('app.logout');
  }

  document.getElementById('language').addEventListener('click', () => {
    lang = lang === 'vi' ? 'en' : 'vi';
    localStorage.setItem(LANG_KEY, lang);
    translateFrame();
    route();
  });
  document.getElementById('logout').addEventListener('click', logout);
  window.addEventListener('hashchange', route);
  takeTokenFromAddress();
  translateFrame();
  route();
})();
