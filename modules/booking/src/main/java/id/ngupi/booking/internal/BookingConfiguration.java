package id.ngupi.booking.internal;

import id.ngupi.booking.BookingLimits;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * Binds the booking module's settings.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(BookingLimits.class)
class BookingConfiguration {

}
