/**
 * Demo data for the embedded default: the programmes, organisations and people of the
 * source documents, created through the product's own services. Off with an external
 * database.
 */
package org.citymentor.demo;
