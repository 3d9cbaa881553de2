package id.ngupi.feedback.internal;

import id.ngupi.feedback.NoShowPolicy;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** Binds the feedback module's settings. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NoShowPolicy.class)
class FeedbackConfiguration {

}
