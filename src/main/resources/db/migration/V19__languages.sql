-- French and Italian besides English and Dutch (issue 9, point 5).

-- Theme names in French and Italian; optional for themes an administrator adds (English is
-- shown where one is missing).
alter table theme add column label_fr varchar(120);
alter table theme add column label_it varchar(120);
update theme set label_fr = t.fr, label_it = t.it
from (values
    ('housing', 'Logement', 'Politiche abitative'),
    ('employment', 'Emploi', 'Lavoro'),
    ('language-learning', 'Apprentissage de la langue', 'Apprendimento della lingua'),
    ('anti-discrimination', 'Lutte contre les discriminations', 'Contrasto alle discriminazioni'),
    ('social-cohesion', 'Cohésion sociale', 'Coesione sociale'),
    ('participation', 'Participation', 'Partecipazione'),
    ('gender', 'Genre', 'Genere'),
    ('communication', 'Communication', 'Comunicazione'),
    ('evaluation', 'Évaluation', 'Valutazione'),
    ('education', 'Éducation', 'Istruzione'),
    ('reception-of-newcomers', 'Accueil des primo-arrivants', 'Accoglienza dei nuovi arrivati'),
    ('sport-and-leisure', 'Sport et loisirs', 'Sport e tempo libero'),
    ('prevention-of-violent-radicalisation', 'Prévention de la radicalisation violente', 'Prevenzione della radicalizzazione violenta'),
    ('polarisation', 'Polarisation', 'Polarizzazione'),
    ('accessibility', 'Accessibilité', 'Accessibilità'),
    ('safety-in-public-space', 'Sécurité dans l''espace public', 'Sicurezza negli spazi pubblici')
) as t (code, fr, it)
where theme.code = t.code;

-- Content typed by people is not translated, but each form and note records the language it
-- was written in: the page's language of whoever last wrote in it. Null for what was written
-- before languages were recorded (an added column fills no row, so the immutable versions'
-- trigger does not fire).
alter table form_document add column language varchar(8);
alter table form_version add column language varchar(8);
alter table visit_note add column language varchar(8);

-- The good-practice library is searched in French and Italian too, accents ignored as for
-- English and Dutch.
create text search configuration citymentor_french (copy = french);
alter text search configuration citymentor_french
    alter mapping for hword, hword_part, word with unaccent, french_stem;
create text search configuration citymentor_italian (copy = italian);
alter text search configuration citymentor_italian
    alter mapping for hword, hword_part, word with unaccent, italian_stem;

-- one text in the four languages' stems
create function citymentor_tsvector(document text) returns tsvector language sql immutable parallel safe as $$
    select to_tsvector('citymentor_english'::regconfig, document) || to_tsvector('citymentor_dutch'::regconfig, document)
        || to_tsvector('citymentor_french'::regconfig, document) || to_tsvector('citymentor_italian'::regconfig, document)
$$;

drop index good_practice_search_idx;
alter table good_practice drop column search_vector;
alter table good_practice add column search_vector tsvector generated always as (
    setweight(citymentor_tsvector(title), 'A')
    || setweight(citymentor_tsvector(coalesce(location, '') || ' ' || coalesce(lead_organisations, '')
        || ' ' || coalesce(context, '') || ' ' || coalesce(target_group, '') || ' ' || coalesce(aims, '')), 'B')
    || setweight(citymentor_tsvector(coalesce(preconditions, '') || ' ' || coalesce(main_activities, '')
        || ' ' || coalesce(who_did_the_work, '') || ' ' || coalesce(funding, '') || ' ' || coalesce(staff, '')
        || ' ' || coalesce(volunteers, '') || ' ' || coalesce(partners, '') || ' ' || coalesce(beneficiaries, '')
        || ' ' || coalesce(concrete_change, '') || ' ' || coalesce(evaluation, '') || ' ' || coalesce(success_factors, '')
        || ' ' || coalesce(challenges, '') || ' ' || coalesce(risks, '') || ' ' || coalesce(transfer_requirements, '')
        || ' ' || coalesce(dos_and_donts, '')), 'C')
    || setweight(to_tsvector('citymentor_english', coalesce(contact_name, '') || ' ' || coalesce(contact_function, '')), 'D')
) stored;
create index good_practice_search_idx on good_practice using gin (search_vector);
