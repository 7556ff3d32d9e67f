package org.citymentor.training.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The key points of mentoring (annex 1 of the guide, in the product's own words):
 * built-in material for every training, open to everyone signed in.
 */
@Controller
class KeyPointsController {

	@GetMapping("/trainings/key-points-of-mentoring")
	String keyPoints() {
		return "training/key-points";
	}

}
