GIF	jif	lang=english
