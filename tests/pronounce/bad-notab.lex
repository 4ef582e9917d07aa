# no TAB on line 3
GIF	jif
nginx engine x
