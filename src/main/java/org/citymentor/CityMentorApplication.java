package org.citymentor;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class CityMentorApplication {

	public static void main(String[] args) {
		SpringApplication.run(CityMentorApplication.class, args);
	}

}
