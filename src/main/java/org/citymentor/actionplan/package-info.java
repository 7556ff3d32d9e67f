/**
 * Action plans (annex 6 of the guide): a mentee participant's plan with its parts and
 * actions, versions tied to the visits, formal approval, political commitment and the
 * monitoring of every action.
 */
package org.citymentor.actionplan;
