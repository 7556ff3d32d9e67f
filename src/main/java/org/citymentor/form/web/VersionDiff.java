package org.citymentor.form.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.github.difflib.text.DiffRow;
import com.github.difflib.text.DiffRowGenerator;
import org.citymentor.form.Answer;
import org.citymentor.form.FormDefinition;
import org.citymentor.form.Question;

/**
 * Two versions of a form side by side, question by question, with changed words marked.
 * The texts are escaped by the diff library before it adds its own {@code <del>} and
 * {@code <ins>} marks, so the result is safe to insert as HTML.
 */
final class VersionDiff {

	private static final DiffRowGenerator WORDS = DiffRowGenerator.create()
		.showInlineDiffs(true)
		.inlineDiffByWord(true)
		.lineNormalizer(DiffRowGenerator.LINE_NORMALIZER_FOR_HTML)
		.mergeOriginalRevised(false)
		.oldTag((start) -> start ? "<del>" : "</del>")
		.newTag((start) -> start ? "<ins>" : "</ins>")
		.build();

	private VersionDiff() {
	}

	static List<Row> rows(FormDefinition definition, Map<String, Answer> left, Map<String, Answer> right) {
		List<Row> rows = new ArrayList<>();
		for (Question q : definition.questions()) {
			Answer before = left.getOrDefault(q.key(), Answer.EMPTY);
			Answer after = right.getOrDefault(q.key(), Answer.EMPTY);
			boolean changed = !before.sameAs(after);
			String oldText = QuestionView.display(before);
			String newText = QuestionView.display(after);
			String oldHtml = null;
			String newHtml = null;
			if (changed && q.isLongText()) {
				List<String> oldLines = Arrays.asList(nullToEmpty(oldText).split("\n", -1));
				List<String> newLines = Arrays.asList(nullToEmpty(newText).split("\n", -1));
				StringBuilder o = new StringBuilder();
				StringBuilder n = new StringBuilder();
				for (DiffRow row : WORDS.generateDiffRows(oldLines, newLines)) {
					o.append(row.getOldLine()).append('\n');
					n.append(row.getNewLine()).append('\n');
				}
				oldHtml = o.toString().strip();
				newHtml = n.toString().strip();
			}
			rows.add(new Row(q, definition.messagePrefix() + q.key(), before, after, changed, oldHtml, newHtml));
		}
		return rows;
	}

	private static String nullToEmpty(String text) {
		return (text != null) ? text : "";
	}

	/**
	 * One question compared; {@code oldHtml}/{@code newHtml} hold escaped text with
	 * {@code <del>}/{@code <ins>} marks when a long text changed.
	 */
	record Row(Question question, String label, Answer before, Answer after, boolean changed, String oldHtml,
			String newHtml) {
	}

}
