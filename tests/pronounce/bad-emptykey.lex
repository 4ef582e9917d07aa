	jif
