package org.citymentor.learning.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.web.multipart.MultipartFile;

/** A material shared after a session: a link or a file. */
public class MaterialForm {

	@NotBlank(message = "{learning.material.title.required}")
	@Size(max = 300, message = "{validation.length.max}")
	private String title;

	@Size(max = 1000, message = "{validation.length.max}")
	private String url;

	private MultipartFile file;

	boolean hasFile() {
		return this.file != null && !this.file.isEmpty();
	}

	boolean validUrl() {
		return this.url != null && this.url.strip().matches("(?i)https?://[^\\s<>\"]+");
	}

	public String getTitle() {
		return this.title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getUrl() {
		return this.url;
	}

	public void setUrl(String url) {
		this.url = url;
	}

	public MultipartFile getFile() {
		return this.file;
	}

	public void setFile(MultipartFile file) {
		this.file = file;
	}

}
