package org.citymentor.goodpractice.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.citymentor.access.Access;
import org.citymentor.goodpractice.GoodPracticeFiles;
import org.citymentor.goodpractice.UploadRejectedException;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;

import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The files of a sheet: upload (its people), download (whoever may read the sheet),
 * remove (its people).
 */
@Controller
class GoodPracticeFileController {

	private final GoodPracticeFiles files;

	private final GoodPracticePage page;

	private final Access access;

	private final MessageSource messages;

	GoodPracticeFileController(GoodPracticeFiles files, GoodPracticePage page, Access access, MessageSource messages) {
		this.files = files;
		this.page = page;
		this.access = access;
		this.messages = messages;
	}

	@PostMapping("/good-practices/{id}/files")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		this.access.requireEditGoodPractice(user, id);
		try {
			if (file == null || file.isEmpty()) {
				throw new UploadRejectedException("goodPractice.file.required");
			}
			if (file.getSize() > this.files.maxSize().toBytes()) {
				throw new UploadRejectedException("goodPractice.file.tooLarge", this.files.limitText());
			}
			this.files.attach(id, file.getOriginalFilename(), file.getContentType(), file.getBytes(), user.id());
		}
		catch (UploadRejectedException ex) {
			if (ex.messageKey().equals("goodPractice.file.tooLarge")) {
				response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
			}
			model.addAttribute("fileErrorText", this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
			return this.page.show(id, user, model, locale);
		}
		redirect.addFlashAttribute("notice", "notice.goodPracticeFileUploaded");
		return "redirect:/good-practices/" + id + "#files";
	}

	@GetMapping("/good-practices/{id}/files/{fileId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId,
			@AuthenticationPrincipal CurrentUser user) {
		this.access.requireViewGoodPractice(user, id);
		GoodPracticeFiles.Download download = this.files.download(id, fileId).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(download.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(download.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.contentLength(download.content().length)
			.body(download.content());
	}

	@PostMapping("/good-practices/{id}/files/{fileId}/delete")
	String remove(@PathVariable long id, @PathVariable long fileId, @AuthenticationPrincipal CurrentUser user,
			RedirectAttributes redirect) {
		this.access.requireEditGoodPractice(user, id);
		if (!this.files.remove(id, fileId)) {
			throw new NotFoundException();
		}
		redirect.addFlashAttribute("notice", "notice.goodPracticeFileRemoved");
		return "redirect:/good-practices/" + id + "#files";
	}

}
