package org.citymentor.learning.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A follow-up question of an attendee, or the mentor's answer to one. */
public class QuestionForm {

	@NotBlank(message = "{learning.question.required}")
	@Size(max = 2000, message = "{validation.length.max}")
	private String text;

	public String getText() {
		return this.text;
	}

	public void setText(String text) {
		this.text = text;
	}

}
