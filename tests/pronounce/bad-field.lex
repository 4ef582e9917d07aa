GIF	jif	colour=red
