/**
 * The contract every module keeps for the personal data it stores: what it holds about a
 * person (for their download) and how it forgets them (erasure). Depends on nothing.
 */
package org.citymentor.personaldata;
