<?php
/**
 * The router of the test site's `php -S 127.0.0.1:PORT -t /usr/share/wordpress router.php`
 * (test/wordpress/wordpress.mjs): picks the run's settings (config.php), serves /wp-content/…
 * from the run's content folder, Debian's static files as they are, and everything else through
 * WordPress, as Apache's rewrite rules for WordPress would (pretty permalinks work).
 */
$_SERVER['WORDPRESS_CONFIG'] = getenv( 'DOSSIER_WP_CONFIG' );

$dossier_path = rawurldecode( (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH ) );
if ( preg_match( '#(^|/)\.\.(/|$)#', $dossier_path ) ) {
	http_response_code( 400 );
	return true;
}

if ( str_starts_with( $dossier_path, '/wp-content/' ) ) {
	$dossier_file = getenv( 'DOSSIER_WP_CONTENT_DIR' ) . substr( $dossier_path, strlen( '/wp-content' ) );
	if ( ! is_file( $dossier_file ) || str_ends_with( $dossier_file, '.php' ) ) {
		http_response_code( 404 );
		return true;
	}
	$dossier_types = array(
		'css'   => 'text/css; charset=utf-8',
		'js'    => 'text/javascript; charset=utf-8',
		'json'  => 'application/json',
		'svg'   => 'image/svg+xml',
		'png'   => 'image/png',
		'jpg'   => 'image/jpeg',
		'webp'  => 'image/webp',
		'woff2' => 'font/woff2',
	);
	$dossier_ext = strtolower( pathinfo( $dossier_file, PATHINFO_EXTENSION ) );
	header( 'Content-Type: ' . ( $dossier_types[ $dossier_ext ] ?? 'application/octet-stream' ) );
	header( 'Content-Length: ' . filesize( $dossier_file ) );
	readfile( $dossier_file );
	return true;
}

$dossier_file = $_SERVER['DOCUMENT_ROOT'] . $dossier_path;
if ( is_dir( $dossier_file ) ) {
	$dossier_file = rtrim( $dossier_file, '/' ) . '/index.php';
}
if ( is_file( $dossier_file ) && ! str_ends_with( $dossier_file, '.php' ) ) {
	return false; // A static file of WordPress (wp-includes/js/wp-embed.min.js…): served as is.
}
if ( ! is_file( $dossier_file ) ) {
	$dossier_file = $_SERVER['DOCUMENT_ROOT'] . '/index.php'; // A permalink.
}
$_SERVER['SCRIPT_FILENAME'] = $dossier_file;
$_SERVER['SCRIPT_NAME']     = substr( $dossier_file, strlen( $_SERVER['DOCUMENT_ROOT'] ) );
$_SERVER['PHP_SELF']        = $_SERVER['SCRIPT_NAME'];
chdir( dirname( $dossier_file ) );
require $dossier_file;
return true;
