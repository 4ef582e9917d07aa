GIF	jif	case=upper
