/**
 * People and their accounts: sign-in, password rules and resets, language, the first
 * administrator.
 */
package org.citymentor.account;
