/**
 * The page a person sees after signing in: what they belong to and what to do next.
 */
package org.citymentor.home;
