package org.citymentor.account;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.crypto.password.Pbkdf2PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;

@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
			+ "form-action 'self'; frame-ancestors 'none'";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LanguageOnSignIn languageOnSignIn) throws Exception {
		http.authorizeHttpRequests((requests) -> requests
			.requestMatchers("/webjars/govuk-frontend/*/dist/govuk/assets/fonts/**",
					"/webjars/govuk-frontend/dist/govuk/assets/fonts/**")
			.denyAll()
			.requestMatchers("/login", "/password/**", "/invitations/**", "/language", "/error", "/css/**", "/js/**",
					"/images/**", "/webjars/**", "/assets/**", "/favicon.ico", "/actuator/health/**", "/actuator/info",
					"/privacy")
			.permitAll()
			// personal calendar feeds: the secret token in the address is the key
			// (calendar apps cannot sign in)
			.requestMatchers(HttpMethod.GET, "/calendar/*")
			.permitAll()
			// learning networks: a municipality without an account asks to join
			.requestMatchers("/associations/*/join")
			.permitAll()
			.requestMatchers("/admin/**")
			.hasRole("ADMIN")
			.anyRequest()
			.authenticated())
			.formLogin((form) -> form.loginPage("/login")
				.usernameParameter("email")
				.passwordParameter("password")
				.failureUrl("/login?error")
				.successHandler(languageOnSignIn)
				.permitAll())
			.requestCache((cache) -> cache.requestCache(pagesOnlyRequestCache()))
			.logout((logout) -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?signedOut"))
			.sessionManagement((session) -> session.sessionFixation((fixation) -> fixation.changeSessionId()))
			.headers((headers) -> headers.contentSecurityPolicy((csp) -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy((referrer) -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions((frame) -> frame.deny()));
		return http.build();
	}

	/**
	 * New hashes are PBKDF2 (HMAC-SHA256, Spring Security's 5.8 defaults) because bcrypt
	 * refuses passwords over 72 bytes, far less than the passphrases the password rules
	 * allow. Existing bcrypt hashes still verify.
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		String pbkdf2 = "pbkdf2@SpringSecurity_v5_8";
		return new DelegatingPasswordEncoder(pbkdf2, Map.of(pbkdf2,
				Pbkdf2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

	@Bean
	ThrottlingAuthenticationProvider authenticationProvider(AccountUserDetailsService userDetailsService,
			PasswordEncoder passwordEncoder, LoginThrottle throttle) {
		DaoAuthenticationProvider dao = new DaoAuthenticationProvider(userDetailsService);
		dao.setPasswordEncoder(passwordEncoder);
		return new ThrottlingAuthenticationProvider(dao, throttle);
	}

	/**
	 * Sign-in returns only to a page the person asked for (a GET that accepts HTML),
	 * never to a font, image or script the browser fetched meanwhile: GOV.UK Frontend's
	 * CSS may ask for its fonts before ours overrides them, and that font URL became the
	 * page after sign-in (a 404).
	 */
	private static RequestCache pagesOnlyRequestCache() {
		MediaTypeRequestMatcher html = new MediaTypeRequestMatcher(MediaType.TEXT_HTML);
		html.setIgnoredMediaTypes(java.util.Set.of(MediaType.ALL));
		HttpSessionRequestCache cache = new HttpSessionRequestCache();
		cache.setRequestMatcher(new AndRequestMatcher((request) -> HttpMethod.GET.matches(request.getMethod()), html,
				new NegatedRequestMatcher(new RequestHeaderRequestMatcher("HX-Request")),
				new NegatedRequestMatcher(new RequestHeaderRequestMatcher("X-Requested-With", "XMLHttpRequest"))));
		return cache;
	}

}
