GIF	jif
