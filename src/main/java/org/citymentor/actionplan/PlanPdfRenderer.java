package org.citymentor.actionplan;

import java.util.Locale;

/**
 * Renders a printed plan as the PDF that looks like annex 6 (implemented by the web
 * layer).
 */
public interface PlanPdfRenderer {

	byte[] render(PlanPrint plan, Locale locale);

}
