<?php
/**
 * What install.php and publish.php share: the request WordPress expects around it when it runs
 * from the command line (its host picks the site's settings, see config.php), then WordPress.
 */
if ( 'cli' !== PHP_SAPI ) {
	exit( 1 );
}
$dossier_wp_url = getenv( 'DOSSIER_WP_URL' );
$dossier_wp_host = (string) parse_url( (string) $dossier_wp_url, PHP_URL_HOST );
$dossier_wp_port = (string) parse_url( (string) $dossier_wp_url, PHP_URL_PORT );

$_SERVER['WORDPRESS_CONFIG'] = getenv( 'DOSSIER_WP_CONFIG' );
$_SERVER['HTTP_HOST']        = "$dossier_wp_host:$dossier_wp_port";
$_SERVER['SERVER_NAME']      = $dossier_wp_host;
$_SERVER['SERVER_PORT']      = $dossier_wp_port;
$_SERVER['REQUEST_URI']      = '/';
$_SERVER['REQUEST_METHOD']   = 'GET';
$_SERVER['SERVER_PROTOCOL']  = 'HTTP/1.1';

/** Prints one JSON line, the answer wordpress.mjs reads. */
function dossier_wp_answer( $value ) {
	echo "\n", wp_json_encode( $value, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE ), "\n";
}

/** Says what went wrong on stderr and stops with status 1. */
function dossier_wp_fail( $message ) {
	fwrite( STDERR, $message . "\n" );
	exit( 1 );
}
