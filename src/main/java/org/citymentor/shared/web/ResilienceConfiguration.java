package org.citymentor.shared.web;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.servlet.DispatcherType;
import org.thymeleaf.ITemplateEngine;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The "try again" page while the database is down: its filter runs before every other one
 * (in particular before Spring Session's, which reads the session from the database); and
 * the double-submit guard of create forms ({@link FormTokens}).
 */
@Configuration(proxyBeanMethods = false)
class ResilienceConfiguration implements WebMvcConfigurer {

	private final FormTokens formTokens;

	ResilienceConfiguration(FormTokens formTokens) {
		this.formTokens = formTokens;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this.formTokens);
	}

	@Bean
	FilterRegistrationBean<DatabaseUnavailableFilter> databaseUnavailableFilter(ITemplateEngine templates,
			LocaleResolver localeResolver, DataSource dataSource) {
		FilterRegistrationBean<DatabaseUnavailableFilter> registration = new FilterRegistrationBean<>(
				new DatabaseUnavailableFilter(templates, localeResolver, () -> answers(dataSource)));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 5);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	private static boolean answers(DataSource dataSource) {
		try (Connection connection = dataSource.getConnection()) {
			return connection.isValid(2);
		}
		catch (SQLException ex) {
			return false;
		}
	}

}
