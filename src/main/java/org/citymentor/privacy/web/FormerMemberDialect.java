package org.citymentor.privacy.web;

import java.util.Set;

import org.citymentor.personaldata.FormerMember;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IPostProcessorDialect;
import org.thymeleaf.engine.AbstractTemplateHandler;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.model.IText;
import org.thymeleaf.postprocessor.IPostProcessor;
import org.thymeleaf.postprocessor.PostProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

import org.springframework.stereotype.Component;

/**
 * Shows the former-member marker that erasure leaves in the data in the reader's
 * language, on every page and PDF made from a template, without each template knowing.
 */
@Component
class FormerMemberDialect extends AbstractDialect implements IPostProcessorDialect {

	FormerMemberDialect() {
		super("citymentor-former-member");
	}

	@Override
	public int getDialectPostProcessorPrecedence() {
		return 1000;
	}

	@Override
	public Set<IPostProcessor> getPostProcessors() {
		return Set.of(new PostProcessor(TemplateMode.HTML, Translator.class, 1000));
	}

	/** Replaces the marker in the text of the page as it is written out. */
	public static class Translator extends AbstractTemplateHandler {

		private ITemplateContext context;

		private String label;

		@Override
		public void setContext(ITemplateContext context) {
			super.setContext(context);
			this.context = context;
		}

		@Override
		public void handleText(IText text) {
			String content = text.getText();
			if (content.contains(FormerMember.LABEL)) {
				super.handleText(this.context.getModelFactory()
					.createText(content.replace(FormerMember.LABEL, HtmlEscape.escapeHtml5(label()))));
				return;
			}
			super.handleText(text);
		}

		private String label() {
			if (this.label == null) {
				for (IMessageResolver resolver : this.context.getConfiguration().getMessageResolvers()) {
					String message = resolver.resolveMessage(this.context, FormerMemberDialect.class,
							"privacy.formerMember", new Object[0]);
					if (message != null) {
						this.label = message;
						break;
					}
				}
				if (this.label == null) {
					this.label = FormerMember.LABEL;
				}
			}
			return this.label;
		}

	}

}
