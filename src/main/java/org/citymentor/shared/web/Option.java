package org.citymentor.shared.web;

/**
 * One choice of a select, radios or checkboxes: the submitted value and the label shown.
 */
public record Option(String value, String label) {

}
