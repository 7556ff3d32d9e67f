-- Issue 10: ranking a search by the whole sheet read every matching sheet's large search_vector
-- (8 KB on average, stored out of line), which made a search matching thousands of sheets slow.
-- Results are now ranked by the words of the title and the start of the summary, a small vector
-- kept in the row itself; search_vector (with its GIN index) still decides what matches.
alter table good_practice add column rank_vector tsvector generated always as (
    setweight(public.citymentor_tsvector(title), 'A')
    || setweight(public.citymentor_tsvector(left(coalesce(aims, context, ''), 300)), 'B')) stored;
