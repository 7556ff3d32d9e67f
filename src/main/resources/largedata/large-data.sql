-- The large data set (issue 10): bulk inserts with generate_series in one transaction, on top of
-- whatever is already there (ids continue after the largest ones in use). Each statement ends
-- with ";" at the end of a line; LargeData runs them one by one and logs how long each took.
select setseed(0.42);

create temp table ld on commit drop as select
    (select coalesce(max(id), 0) from organisation) as org,
    (select coalesce(max(id), 0) from app_user) as usr,
    (select coalesce(max(id), 0) from programme) as prg,
    (select coalesce(max(id), 0) from mentoring_group) as grp,
    (select coalesce(max(id), 0) from group_participant) as par,
    (select coalesce(max(id), 0) from form_document) as doc,
    (select coalesce(max(id), 0) from form_version) as ver,
    (select coalesce(max(id), 0) from good_practice) as gp,
    (select coalesce(max(id), 0) from visit) as vis,
    (select coalesce(max(id), 0) from plan_part) as part,
    (select coalesce(max(id), 0) from plan_action) as act,
    (select coalesce(max(id), 0) from plan_progress) as prog,
    array['BE', 'NL', 'FR', 'IT', 'ES', 'DE', 'PL', 'PT', 'SE', 'LV', 'GR', 'AT'] as countries,
    (select array_agg(id order by id) from theme) as themes,
    current_date as today;

-- the language a country's texts are written in: 1 en, 2 nl, 3 fr, 4 it
create temp table ld_country_language on commit drop as
    select * from (values ('BE', 2), ('NL', 2), ('FR', 3), ('IT', 4), ('ES', 1), ('DE', 1), ('PL', 1), ('PT', 1),
        ('SE', 1), ('LV', 1), ('GR', 1), ('AT', 1)) as t (country, lang);

create temp table ld_words (lang int primary key, code varchar(2) not null, w text[] not null) on commit drop;

insert into ld_words values
(1, 'en', array['city', 'neighbourhood', 'newcomers', 'residents', 'language', 'course', 'volunteers', 'school', 'housing',
    'employment', 'mentoring', 'integration', 'library', 'youth', 'women', 'training', 'council', 'budget', 'partners',
    'associations', 'welcome', 'desk', 'information', 'families', 'children', 'jobs', 'employers', 'network', 'meeting',
    'evaluation', 'outreach', 'translation', 'digital', 'services', 'coaching', 'sport', 'club', 'culture', 'festival',
    'dialogue', 'trust', 'discrimination', 'reporting', 'health', 'care', 'refugees', 'municipal', 'officers', 'plan',
    'pilot', 'project', 'together', 'shared', 'local', 'regional', 'support', 'improved', 'reached', 'organised',
    'weekly', 'successful', 'practical', 'accessible', 'informal', 'with', 'for', 'the', 'and', 'of', 'in', 'our']),
(2, 'nl', array['stad', 'buurt', 'nieuwkomers', 'bewoners', 'taal', 'cursus', 'vrijwilligers', 'school', 'wonen',
    'werk', 'begeleiding', 'inburgering', 'bibliotheek', 'jongeren', 'vrouwen', 'opleiding', 'gemeenteraad', 'budget',
    'partners', 'verenigingen', 'onthaal', 'loket', 'informatie', 'gezinnen', 'kinderen', 'banen', 'werkgevers',
    'netwerk', 'ontmoeting', 'evaluatie', 'toeleiding', 'vertaling', 'digitaal', 'diensten', 'coaching', 'sport',
    'club', 'cultuur', 'feest', 'dialoog', 'vertrouwen', 'discriminatie', 'meldpunt', 'gezondheid', 'zorg',
    'vluchtelingen', 'gemeentelijke', 'medewerkers', 'plan', 'proefproject', 'samen', 'gedeelde', 'lokale',
    'regionale', 'ondersteuning', 'verbeterd', 'bereikt', 'georganiseerd', 'wekelijks', 'geslaagd', 'praktisch',
    'toegankelijk', 'informeel', 'met', 'voor', 'de', 'het', 'en', 'van', 'in', 'onze']),
(3, 'fr', array['ville', 'quartier', 'primo-arrivants', 'habitants', 'langue', 'cours', 'bénévoles', 'école',
    'logement', 'emploi', 'accompagnement', 'intégration', 'bibliothèque', 'jeunes', 'femmes', 'formation', 'conseil',
    'budget', 'partenaires', 'associations', 'accueil', 'guichet', 'information', 'familles', 'enfants', 'métiers',
    'employeurs', 'réseau', 'rencontre', 'évaluation', 'médiation', 'traduction', 'numérique', 'services', 'tutorat',
    'sport', 'club', 'culture', 'fête', 'dialogue', 'confiance', 'discrimination', 'signalement', 'santé', 'soins',
    'réfugiés', 'municipal', 'agents', 'plan', 'projet', 'pilote', 'ensemble', 'partagé', 'local', 'régional',
    'soutien', 'amélioré', 'atteint', 'organisé', 'hebdomadaire', 'réussi', 'pratique', 'accessible', 'informel',
    'avec', 'pour', 'le', 'la', 'et', 'des', 'dans', 'notre']),
(4, 'it', array['città', 'quartiere', 'nuovi', 'arrivati', 'residenti', 'lingua', 'corso', 'volontari', 'scuola',
    'casa', 'lavoro', 'accompagnamento', 'integrazione', 'biblioteca', 'giovani', 'donne', 'formazione', 'consiglio',
    'bilancio', 'partner', 'associazioni', 'accoglienza', 'sportello', 'informazioni', 'famiglie', 'bambini',
    'mestieri', 'datori', 'rete', 'incontro', 'valutazione', 'mediazione', 'traduzione', 'digitale', 'servizi',
    'tutoraggio', 'sport', 'circolo', 'cultura', 'festa', 'dialogo', 'fiducia', 'discriminazione', 'segnalazione',
    'salute', 'cura', 'rifugiati', 'comunale', 'funzionari', 'piano', 'progetto', 'pilota', 'insieme', 'condiviso',
    'locale', 'regionale', 'sostegno', 'migliorato', 'raggiunto', 'organizzato', 'settimanale', 'riuscito', 'pratico',
    'accessibile', 'informale', 'con', 'per', 'il', 'la', 'e', 'di', 'nel', 'nostra']);

create function pg_temp.ld_sentence(l int) returns text language sql volatile as $$ select upper(left(s, 1)) || substr(s, 2) || '.' from (select array_to_string(array(select w.w[1 + floor(random() * array_length(w.w, 1))::int] from generate_series(1, 6 + floor(random() * 12)::int)), ' ') as s from ld_words w where w.lang = l) x $$;

create function pg_temp.ld_text(l int, sentences int) returns text language sql volatile as $$ select array_to_string(array(select pg_temp.ld_sentence(l) from generate_series(1, sentences)), ' ') $$;

-- 1,000 texts per language of 1 to 8 sentences, picked by (language, number) below
create temp table ld_pool on commit drop as
    select l as lang, i, pg_temp.ld_text(l, 1 + (i % 8)) as t from generate_series(1, 4) l, generate_series(0, 999) i;
alter table ld_pool add primary key (lang, i);

create temp table ld_names on commit drop as select
    array['Ander', 'Bel', 'Cor', 'Dun', 'Eve', 'Fal', 'Gra', 'Hol', 'Ist', 'Jor', 'Kel', 'Lom', 'Mar', 'Nor', 'Ost',
        'Pra', 'Quel', 'Ros', 'Sal', 'Tor', 'Ur', 'Val', 'Wes', 'Zan'] as roots,
    array['stad', 'hoven', 'kerke', 'ville', 'court', 'ano', 'ello', 'burg', 'ford', 'ow', 'ice', 'ava'] as endings,
    array['Anna', 'Ben', 'Clara', 'Daan', 'Elena', 'Farid', 'Greta', 'Hugo', 'Ines', 'Jonas', 'Karin', 'Luca', 'Marta',
        'Noor', 'Omar', 'Paula', 'Rik', 'Sofia', 'Tomas', 'Ulla', 'Vera', 'Willem', 'Yara', 'Zoé'] as first_names,
    array['Peeters', 'Janssens', 'Rossi', 'Bianchi', 'Martin', 'Bernard', 'García', 'López', 'Kowalski', 'Nowak',
        'Silva', 'Santos', 'Berg', 'Lind', 'Ozols', 'Papadopoulos', 'Gruber', 'Huber', 'De Vries', 'Bakker'] as last_names;

-- 10,000 organisations: 600 associations, 100 facilitators, 9,300 cities
insert into organisation (id, name, kind, country, region, website, created_at, updated_at)
select ld.org + n,
       case when n <= 600 then 'Association of local governments ' || n
            when n <= 700 then 'Facilitators ' || n
            else nm.roots[1 + n % 24] || nm.endings[1 + (n / 24) % 12] || ' ' || n end,
       case when n <= 600 then 'ASSOCIATION' when n <= 700 then 'FACILITATOR' else 'CITY' end,
       ld.countries[1 + n % 12], 'Region ' || (n % 40), 'https://org' || n || '.example.org',
       now() - interval '2 years', now() - interval '2 years'
from ld, ld_names nm, generate_series(1, 10000) n;

insert into organisation_language (organisation_id, language)
select ld.org + n, w.code from ld, generate_series(1, 10000) n
join ld_country_language cl on cl.country = (select countries[1 + n % 12] from ld)
join ld_words w on w.lang = cl.lang;

-- member cities of associations: each city belongs to the association of its number
insert into association_member (association_id, member_id)
select ld.org + 1 + (n % 600), ld.org + n from ld, generate_series(701, 10000) n;

-- 100 programmes; the first has 300 groups, the 99 others about 27 each
insert into programme (id, name, coordinating_organisation_id, description, funding_source, start_date, end_date, format,
    default_visits)
select ld.prg + n,
       case when n = 1 then 'Large learning network of 300 groups' else 'Large programme ' || n end,
       ld.org + n, pg_temp.ld_text(1 + n % 4, 3), 'Fund ' || (n % 7),
       ld.today - 400, ld.today + 700,
       (array['BILATERAL', 'LEARNING_NETWORK', 'COMMUNITY_OF_PRACTICE', 'LONG_TERM_PARTNERSHIP'])[1 + n % 4], 5
from ld, generate_series(1, 100) n;

insert into programme_step (programme_id, step)
select ld.prg + n, s from ld, generate_series(1, 100) n,
    unnest(array['BENCHMARK', 'NEEDS_ANALYSIS', 'MENTOR_PROFILES', 'MATCHING', 'TRAINING', 'SUPPORT_NETWORK',
        'POLITICAL_COMMITMENT', 'VISITS', 'ACTION_PLAN', 'MONITORING', 'EVALUATION']) s;

insert into programme_theme (programme_id, theme_id)
select distinct ld.prg + n, ld.themes[1 + (n * k) % array_length(ld.themes, 1)]
from ld, generate_series(1, 100) n, generate_series(1, 3) k;

-- 3,000 groups
insert into mentoring_group (id, programme_id, title, focus, start_date, end_date, status, shared_goals, created_at,
    updated_at, last_activity_at)
select ld.grp + g,
       ld.prg + case when g <= 300 then 1 else 2 + (g - 301) % 99 end,
       'Group ' || g || ': ' || nm.roots[1 + (2 * g) % 24] || nm.endings[1 + (2 * g / 24) % 12] || ' with '
           || nm.roots[1 + (2 * g + 1) % 24] || nm.endings[1 + ((2 * g + 1) / 24) % 12],
       pg_temp.ld_text(1 + g % 4, 2), ld.today - 300 + g % 60, ld.today + 400 + g % 60,
       (array['FORMING', 'ACTIVE', 'ACTIVE', 'IMPLEMENTING', 'IMPLEMENTING', 'CLOSED'])[1 + g % 6],
       p.t, now() - interval '300 days', now() - (g % 40) * interval '1 day', now() - (g % 40) * interval '1 day'
from ld, ld_names nm, generate_series(1, 3000) g
join ld_pool p on p.lang = 1 + g % 4 and p.i = g % 1000;

insert into group_theme (group_id, theme_id)
select distinct ld.grp + g, ld.themes[1 + (g * k) % array_length(ld.themes, 1)]
from ld, generate_series(1, 3000) g, generate_series(1, 2) k;

insert into group_language (group_id, language)
select ld.grp + g, (array['en', 'nl', 'fr', 'it'])[1 + g % 4] from ld, generate_series(1, 3000) g;

-- 9,000 participants: per group a mentee city, a mentor city and the mentee's association
insert into group_participant (id, group_id, organisation_id, side, role)
select ld.par + (g - 1) * 3 + r, ld.grp + g,
       ld.org + case r when 1 then 701 + (2 * (g - 1)) % 9300 when 2 then 701 + (2 * (g - 1) + 1) % 9300
           else 1 + (701 + (2 * (g - 1)) % 9300) % 600 end,
       case r when 2 then 'MENTOR' else 'MENTEE' end,
       case r when 3 then 'ASSOCIATION' else 'CITY' end
from ld, generate_series(1, 3000) g, generate_series(1, 3) r;

-- 30,000 people: 100 coordinators (coordinatorN@large.example.org coordinates programme N), three people per
-- participant (personN@large.example.org), and 2,900 more without a group
insert into app_user (id, email, display_name, password_hash, role, preferred_language, organisation_id, created_at)
select ld.usr + n,
       case when n <= 100 then 'coordinator' || n else 'person' || n end || '@large.example.org',
       nm.first_names[1 + n % 24] || ' ' || nm.last_names[1 + (n / 24) % 20],
       null, case when n <= 100 then 'COORDINATOR' else 'MEMBER' end,
       (array['en', 'nl', 'fr', 'it'])[1 + n % 4],
       case when n <= 100 then ld.org + n
            when n <= 27100 then (select organisation_id from group_participant where id = ld.par + (n - 101) / 3 + 1)
            else ld.org + 701 + n % 9300 end,
       now() - interval '2 years'
from ld, ld_names nm, generate_series(1, 30000) n;

insert into programme_coordinator (programme_id, user_id)
select ld.prg + n, ld.usr + n from ld, generate_series(1, 100) n;

insert into group_member (group_id, participant_id, user_id, role, joined_at)
select ld.grp + (n - 101) / 9 + 1, ld.par + (n - 101) / 3 + 1, ld.usr + n,
       case when (n - 101) % 3 = 0 then 'LEAD_OFFICER' else 'OFFICER' end, now() - interval '300 days'
from ld, generate_series(101, 27100) n;

-- needs analyses of the 3,000 mentee cities: submitted, 17,000 versions of 12 answers
insert into form_document (id, kind, organisation_id, group_id, participant_id, status, shared_with_group,
    draft_updated_at, draft_updated_by, created_at, language)
select ld.doc + g, 'NEEDS_ANALYSIS', gp.organisation_id, gp.group_id, gp.id, 'SUBMITTED', true,
       now() - interval '200 days', 'Large data', now() - interval '250 days', (array['en', 'nl', 'fr', 'it'])[1 + g % 4]
from ld, generate_series(1, 3000) g join group_participant gp on true
where gp.id = ld.par + (g - 1) * 3 + 1;

create temp table ld_questions on commit drop as
    select k, q from unnest(array['challenge', 'crossCutting', 'evidence', 'learningWish', 'impact', 'keyPlayers',
        'difficulties', 'resources', 'obstacles', 'drafting', 'approving', 'otherBenefits']) with ordinality as t (q, k);

insert into form_answer (document_id, question_key, value_text, updated_at, updated_by)
select ld.doc + g, q.q, p.t, now() - interval '200 days', 'Large data'
from ld, generate_series(1, 3000) g, ld_questions q
join ld_pool p on true where p.lang = 1 + (select g) % 4 and p.i = (g * 13 + q.k * 7) % 1000;

insert into form_version (id, document_id, number, submitted_at, submitted_by_id, submitted_by, language)
select ld.ver + (g - 1) * 7 + k, ld.doc + g, k, now() - (260 - k * 10) * interval '1 day',
       ld.usr + 101 + (g - 1) * 9, 'Lead officer ' || g, (array['en', 'nl', 'fr', 'it'])[1 + g % 4]
from ld, generate_series(1, 3000) g, generate_series(1, 6) k
where k <= case when g <= 2000 then 6 else 5 end;

insert into form_version_answer (version_id, question_key, value_text)
select v.id, q.q, p.t
from ld, form_version v, ld_questions q, ld_pool p
where v.id > ld.ver and p.lang = 1 + (v.document_id - ld.doc) % 4 and p.i = (v.id * 11 + q.k * 7) % 1000;

-- action plans of the mentee cities: 3,000 plans with 3 parts and 100,000 actions, one version each
insert into form_document (id, kind, organisation_id, group_id, participant_id, status, shared_with_group,
    draft_updated_at, draft_updated_by, created_at, language)
select ld.doc + 3000 + g, 'ACTION_PLAN', gp.organisation_id, gp.group_id, gp.id, 'SUBMITTED', true,
       now() - interval '150 days', 'Large data', now() - interval '180 days', (array['en', 'nl', 'fr', 'it'])[1 + g % 4]
from ld, generate_series(1, 3000) g join group_participant gp on true
where gp.id = ld.par + (g - 1) * 3 + 1;

insert into action_plan (document_id, monitoring_interval_months)
select ld.doc + 3000 + g, 3 from ld, generate_series(1, 3000) g;

insert into form_answer (document_id, question_key, value_text, updated_at, updated_by)
select ld.doc + 3000 + g, q, case q when 'planTitle' then 'Action plan of group ' || g else p.t end,
       now() - interval '150 days', 'Large data'
from ld, generate_series(1, 3000) g, unnest(array['planTitle', 'vision']) q
join ld_pool p on true where p.lang = 1 + (select g) % 4 and p.i = (g * 17) % 1000;

insert into plan_part (id, document_id, position, title)
select ld.part + (g - 1) * 3 + j, ld.doc + 3000 + g, j,
       (array['A. Long-term plan', 'B. Pilot project', 'C. Communication'])[j]
from ld, generate_series(1, 3000) g, generate_series(1, 3) j;

insert into plan_action (id, document_id, part_id, action_key, position, title, outcomes, starts_on, ends_on,
    by_month, lead_name, lead_user_id, resources, funding, measuring, updated_at, updated_by)
select ld.act + (g - 1) * 34 + a, ld.doc + 3000 + g, ld.part + (g - 1) * 3 + 1 + (a - 1) % 3, gen_random_uuid(), a,
       left(pg_temp.ld_sentence(1 + g % 4), 500), p.t, ld.today - 200 + a * 5, ld.today + 200 + a * 5, true,
       'Lead officer ' || g, ld.usr + 101 + (g - 1) * 9, 'Staff and volunteers', 1000 * (a % 20), 'Counted each quarter',
       now() - interval '150 days', 'Large data'
from ld, generate_series(1, 3000) g, generate_series(1, 34) a
join ld_pool p on true
where a <= case when g <= 1000 then 34 else 33 end and p.lang = 1 + (select g) % 4 and p.i = (g * 31 + a) % 1000;

insert into plan_indicator (action_id, indicator_key, position, name, target, unit)
select a.id, gen_random_uuid(), 1, 'People reached', 100 + a.id % 400, 'people'
from ld, plan_action a where a.id > ld.act;

insert into form_version (id, document_id, number, submitted_at, submitted_by_id, submitted_by, language)
select ld.ver + 21000 + g, ld.doc + 3000 + g, 1, now() - interval '140 days', ld.usr + 101 + (g - 1) * 9,
       'Lead officer ' || g, (array['en', 'nl', 'fr', 'it'])[1 + g % 4]
from ld, generate_series(1, 3000) g;

-- 300,000 progress updates: three per action, each with a value of its indicator
insert into plan_progress (id, document_id, action_key, kind, reported_on, status, note, author_id, author_name,
    organisation_id, created_at)
select ld.prog + (a.id - ld.act - 1) * 3 + k, a.document_id, a.action_key, 'UPDATE', ld.today - 120 + k * 30,
       (array['NOT_STARTED', 'ON_TRACK', 'ON_TRACK', 'DELAYED', 'DONE'])[1 + (a.id + k) % 5], p.t, a.lead_user_id,
       a.lead_name, d.organisation_id, now() - (120 - k * 30) * interval '1 day'
from ld, plan_action a join form_document d on d.id = a.document_id, generate_series(1, 3) k, ld_pool p
where a.id > ld.act and p.lang = 1 + a.id % 4 and p.i = (a.id * 3 + k) % 1000;

insert into plan_progress_value (progress_id, indicator_key, value)
select pr.id, i.indicator_key, (i.target * (pr.id % 3 + 1)) / 4
from ld, plan_progress pr join plan_action a on a.action_key = pr.action_key join plan_indicator i on i.action_id = a.id
where pr.id > ld.prog;

-- 10,000 good-practice sheets in the language of their country, of varied length
insert into good_practice (id, owner_organisation_id, country, status, title, location, lead_organisations, context,
    target_group, aims, start_date, start_precision, preconditions, main_activities, who_did_the_work, funding, staff,
    volunteers, partners, beneficiaries, concrete_change, evaluation, success_factors, challenges, risks,
    transfer_requirements, dos_and_donts, contact_name, contact_function, created_by, created_at, updated_by,
    updated_at, published_at)
select ld.gp + n, ld.org + o, c, case when n % 20 = 0 then 'DRAFT' else 'PUBLISHED' end,
       left(pg_temp.ld_sentence(l), 200), 'Town hall of organisation ' || o, 'Organisation ' || o,
       p1.t, p2.t, p3.t, ld.today - 1000 + n % 900, 'MONTH', p4.t,
       case when n % 5 = 0 then p1.t || ' ' || p2.t || ' ' || p5.t else p5.t end,
       p2.t, 'Fund ' || n % 30, p3.t, p4.t, 'Partners of ' || o, p1.t, p5.t, p3.t, p2.t, p4.t, p1.t, p5.t, p3.t,
       'Contact ' || n, 'Officer', ld.usr + 101 + n % 27000, now() - interval '400 days', ld.usr + 101 + n % 27000,
       now() - (n % 300) * interval '1 day',
       case when n % 20 = 0 then null else now() - (n % 300) * interval '1 day' end
from ld, generate_series(1, 10000) n,
     lateral (select 701 + n % 9300 as o) oo,
     lateral (select ld.countries[1 + oo.o % 12] as c) cc,
     lateral (select lang as l from ld_country_language where country = cc.c) ll,
     lateral (select t from ld_pool where lang = ll.l and i = (n * 7) % 1000) p1,
     lateral (select t from ld_pool where lang = ll.l and i = (n * 11 + 1) % 1000) p2,
     lateral (select t from ld_pool where lang = ll.l and i = (n * 13 + 2) % 1000) p3,
     lateral (select t from ld_pool where lang = ll.l and i = (n * 17 + 3) % 1000) p4,
     lateral (select t from ld_pool where lang = ll.l and i = (n * 19 + 4) % 1000) p5;

insert into good_practice_theme (good_practice_id, theme_id)
select distinct ld.gp + n, ld.themes[1 + (n * k) % array_length(ld.themes, 1)]
from ld, generate_series(1, 10000) n, generate_series(1, 2) k;

insert into good_practice_language (good_practice_id, language)
select g.id, w.code from ld, good_practice g join ld_country_language cl on cl.country = g.country
join ld_words w on w.lang = cl.lang where g.id > ld.gp;

-- 15,000 visits (five per group), each with four agenda items and the mentor lead officer's notes
insert into visit (id, group_id, number, host_organisation_id, mode, meeting_link, place, starts_on, ends_on,
    time_zone, purpose, questions, status, updated_by)
select ld.vis + (g - 1) * 5 + v, ld.grp + g, v,
       (select organisation_id from group_participant where id = ld.par + (g - 1) * 3 + 1 + v % 2),
       case when v = 3 then 'VIRTUAL' else 'ON_SITE' end,
       case when v = 3 then 'https://meet.example.org/g' || g else null end,
       case when v = 3 then null else 'Town hall' end,
       ld.today - 300 + v * 90 + g % 30, ld.today - 299 + v * 90 + g % 30, 'Europe/Brussels', p.t,
       pg_temp.ld_sentence(1 + g % 4),
       case when ld.today - 300 + v * 90 + g % 30 < ld.today then 'HELD' else 'PLANNED' end, 'Large data'
from ld, generate_series(1, 3000) g, generate_series(1, 5) v
join ld_pool p on true where p.lang = 1 + (select g) % 4 and p.i = (g * 5 + v) % 1000;

insert into visit_agenda_item (visit_id, day, starts_at, ends_at, title, kind, place, led_by, position, updated_by)
select v.id, v.starts_on, time '09:00' + (i - 1) * interval '2 hours', time '10:30' + (i - 1) * interval '2 hours',
       'Session ' || i || ' of visit ' || v.number,
       (array['INTERVIEW', 'FOCUS_GROUP', 'SITE_VISIT', 'GOOD_PRACTICE'])[i], 'Room ' || i, 'Host officer', i,
       'Large data'
from ld, visit v, generate_series(1, 4) i where v.id > ld.vis;

insert into visit_note (visit_id, group_id, author_id, observations, doing_well, options_discussed, next_steps,
    shared_with_coordinator, language)
select v.id, v.group_id, ld.usr + 104 + (v.group_id - ld.grp - 1) * 9, p1.t, p2.t, p1.t, p2.t, v.id % 3 = 0,
       (array['en', 'nl', 'fr', 'it'])[1 + v.group_id % 4]
from ld, visit v
join ld_pool p1 on p1.lang = 1 + v.group_id % 4 and p1.i = (v.id * 3) % 1000
join ld_pool p2 on p2.lang = 1 + v.group_id % 4 and p2.i = (v.id * 7 + 1) % 1000
where v.id > ld.vis;

select setval(pg_get_serial_sequence('organisation', 'id'), (select max(id) from organisation));
select setval(pg_get_serial_sequence('app_user', 'id'), (select max(id) from app_user));
select setval(pg_get_serial_sequence('programme', 'id'), (select max(id) from programme));
select setval(pg_get_serial_sequence('mentoring_group', 'id'), (select max(id) from mentoring_group));
select setval(pg_get_serial_sequence('group_participant', 'id'), (select max(id) from group_participant));
select setval(pg_get_serial_sequence('form_document', 'id'), (select max(id) from form_document));
select setval(pg_get_serial_sequence('form_version', 'id'), (select max(id) from form_version));
select setval(pg_get_serial_sequence('good_practice', 'id'), (select max(id) from good_practice));
select setval(pg_get_serial_sequence('visit', 'id'), (select max(id) from visit));
select setval(pg_get_serial_sequence('plan_part', 'id'), (select max(id) from plan_part));
select setval(pg_get_serial_sequence('plan_action', 'id'), (select max(id) from plan_action));
select setval(pg_get_serial_sequence('plan_progress', 'id'), (select max(id) from plan_progress));
