/**
 * Times as the viewer reads them: the viewer's timezone and the one way pages write a
 * time.
 */
package id.ngupi.web.time;
