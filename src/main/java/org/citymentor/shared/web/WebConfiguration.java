package org.citymentor.shared.web;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.PropertyMapper;
import org.springframework.boot.web.server.Cookie;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.DefaultCookieSerializer;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ServerProperties.class)
class WebConfiguration implements WebMvcConfigurer {

	private final DownloadSlots downloadSlots;

	WebConfiguration(DownloadSlots downloadSlots) {
		this.downloadSlots = downloadSlots;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.downloadSlots);
	}

	@Bean
	LocaleResolver localeResolver() {
		return new LanguageResolver();
	}

	@Bean
	FilterRegistrationBean<NulCharacterFilter> nulCharacterFilter() {
		FilterRegistrationBean<NulCharacterFilter> registration = new FilterRegistrationBean<>(
				new NulCharacterFilter());
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	/**
	 * The session cookie as {@code server.servlet.session.cookie.*} describes it, however
	 * the app runs. Spring Boot reads those properties only under its embedded server; in
	 * a war deployment and under MockMvc it copies the servlet container's defaults
	 * instead (no HttpOnly, no SameSite), so tests would check another cookie than
	 * browsers get.
	 */
	@Bean
	DefaultCookieSerializer cookieSerializer(ServerProperties server) {
		Cookie cookie = server.getServlet().getSession().getCookie();
		DefaultCookieSerializer serializer = new DefaultCookieSerializer();
		PropertyMapper map = PropertyMapper.get();
		map.from(cookie::getName).to(serializer::setCookieName);
		map.from(cookie::getPath).to(serializer::setCookiePath);
		map.from(cookie::getDomain).to(serializer::setDomainName);
		map.from(cookie::getHttpOnly).to(serializer::setUseHttpOnlyCookie);
		map.from(cookie::getSecure).to(serializer::setUseSecureCookie);
		map.from(cookie::getSameSite).as(Cookie.SameSite::attributeValue).to(serializer::setSameSite);
		return serializer;
	}

}
