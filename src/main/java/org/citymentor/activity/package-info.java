/**
 * The activity history of programmes and groups: who did what and when, append-only.
 * Other modules record into it; it calls none of them.
 */
package org.citymentor.activity;
