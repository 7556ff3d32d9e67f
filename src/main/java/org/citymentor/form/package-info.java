/**
 * The machinery every guide template uses: questions in a registry, answers per question,
 * drafts with conflict-safe saving, immutable submitted versions, comments, comparison
 * and print/PDF.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.citymentor.form;
