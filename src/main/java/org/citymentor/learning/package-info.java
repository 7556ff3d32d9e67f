/**
 * Open learning-network sessions (decisions.md 10): a meeting of a group that the mentor
 * side opens to every municipality of the programme's association, with registrations, a
 * waiting list, attendance, materials, ratings, questions, a digest and reach figures.
 */
package org.citymentor.learning;
