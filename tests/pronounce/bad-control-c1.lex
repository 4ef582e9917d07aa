GIF	jif
SQL	seequel
