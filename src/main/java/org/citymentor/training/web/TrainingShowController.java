package org.citymentor.training.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.citymentor.shared.security.CurrentUser;
import org.citymentor.shared.web.NotFoundException;
import org.citymentor.training.Expectations;
import org.citymentor.goodpractice.UploadRejectedException;
import org.citymentor.training.Training;
import org.citymentor.training.TrainingMaterials;
import org.citymentor.training.Trainings;

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

/**
 * A session's page with its material: whoever is invited reads it and downloads the
 * files; those who plan it add and remove files and links.
 */
@Controller
class TrainingShowController {

	private final TrainingPages pages;

	private final Trainings trainings;

	private final TrainingMaterials materials;

	private final Expectations expectations;

	private final MessageSource messages;

	private final Clock clock;

	TrainingShowController(TrainingPages pages, Trainings trainings, TrainingMaterials materials,
			Expectations expectations, MessageSource messages, Clock clock) {
		this.clock = clock;
		this.pages = pages;
		this.trainings = trainings;
		this.materials = materials;
		this.expectations = expectations;
		this.messages = messages;
	}

	@GetMapping("/trainings/{id}")
	String show(@PathVariable long id, @AuthenticationPrincipal CurrentUser user, Model model) {
		Training training = this.pages.read(id, user, model);
		return page(training, user, model);
	}

	@PostMapping("/trainings/{id}/files")
	String upload(@PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
			@AuthenticationPrincipal CurrentUser user, Model model, Locale locale, RedirectAttributes redirect,
			HttpServletResponse response) throws IOException {
		Training training = this.pages.manage(id, user, model);
		try {
			if (file == null || file.isEmpty()) {
				throw new UploadRejectedException("training.file.required");
			}
			if (file.getSize() > this.materials.maxSize().toBytes()) {
				throw new UploadRejectedException("training.file.tooLarge", this.materials.maxSize().toMegabytes());
			}
			this.materials.addFile(id, file.getOriginalFilename(), file.getBytes(), user.id());
		}
		catch (UploadRejectedException ex) {
			return rejected("fileError", ex, training, user, model, locale, response);
		}
		redirect.addFlashAttribute("notice", "training.notice.fileAdded");
		return "redirect:/trainings/" + id + "#material";
	}

	@PostMapping("/trainings/{id}/links")
	String addLink(@PathVariable long id, @RequestParam(required = false) String linkTitle,
			@RequestParam(required = false) String linkUrl, @AuthenticationPrincipal CurrentUser user, Model model,
			Locale locale, RedirectAttributes redirect, HttpServletResponse response) {
		Training training = this.pages.manage(id, user, model);
		try {
			this.materials.addLink(id, linkTitle, linkUrl);
		}
		catch (UploadRejectedException ex) {
			model.addAttribute("linkTitle", linkTitle);
			model.addAttribute("linkUrl", linkUrl);
			return rejected(ex.messageKey().equals("training.link.title") ? "linkTitleError" : "linkUrlError", ex,
					training, user, model, locale, response);
		}
		redirect.addFlashAttribute("notice", "training.notice.linkAdded");
		return "redirect:/trainings/" + id + "#material";
	}

	@GetMapping("/trainings/{id}/files/{fileId}")
	ResponseEntity<byte[]> download(@PathVariable long id, @PathVariable long fileId,
			@AuthenticationPrincipal CurrentUser user, Model model) {
		this.pages.read(id, user, model);
		TrainingMaterials.Download file = this.materials.download(id, fileId).orElseThrow(NotFoundException::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(file.contentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename(file.fileName(), StandardCharsets.UTF_8)
						.build()
						.toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(file.content());
	}

	@PostMapping("/trainings/{id}/files/{fileId}/delete")
	String removeFile(@PathVariable long id, @PathVariable long fileId, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		this.pages.manage(id, user, model);
		if (!this.materials.removeFile(id, fileId)) {
			throw new NotFoundException();
		}
		redirect.addFlashAttribute("notice", "training.notice.fileRemoved");
		return "redirect:/trainings/" + id + "#material";
	}

	@PostMapping("/trainings/{id}/links/{linkId}/delete")
	String removeLink(@PathVariable long id, @PathVariable long linkId, @AuthenticationPrincipal CurrentUser user,
			Model model, RedirectAttributes redirect) {
		this.pages.manage(id, user, model);
		if (!this.materials.removeLink(id, linkId)) {
			throw new NotFoundException();
		}
		redirect.addFlashAttribute("notice", "training.notice.linkRemoved");
		return "redirect:/trainings/" + id + "#material";
	}

	private String rejected(String field, UploadRejectedException ex, Training training, CurrentUser user, Model model,
			Locale locale, HttpServletResponse response) {
		response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
		model.addAttribute(field, this.messages.getMessage(ex.messageKey(), ex.arguments(), locale));
		return page(training, user, model);
	}

	private String page(Training training, CurrentUser user, Model model) {
		model.addAttribute("files", this.materials.files(training.id()));
		model.addAttribute("links", this.materials.links(training.id()));
		model.addAttribute("maxFileSize", this.materials.maxSize().toMegabytes());
		model.addAttribute("invitedCount",
				this.trainings.invited(training.id(), org.springframework.data.domain.PageRequest.of(0, 1))
					.getTotalElements());
		model.addAttribute("expectationCount", this.expectations.count(training.id()));
		model.addAttribute("mine", this.expectations.mine(training.id(), user.id()).orElse(null));
		int[] attendance = this.trainings.attendanceCount(training.id());
		model.addAttribute("attendedCount", attendance[0]);
		model.addAttribute("started", training.hasStarted(this.clock.instant()));
		return "training/show";
	}

}
