GIF	jif
SQL		
